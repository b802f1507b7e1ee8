package io.newsgraph.claims;

import java.util.Locale;

/**
 * Where a claim stands, from who supports and who denies it: {@code corroborated} (two or more
 * independent outlets support it and nobody denies it), {@code single-source} (one outlet, no
 * denial), {@code disputed} (support and denial), {@code denied} (denial only) and
 * {@code hypothetical} (only mentioned as a possibility, never asserted).
 */
public enum ClaimStatus {
    CORROBORATED, SINGLE_SOURCE, DISPUTED, DENIED, HYPOTHETICAL;

    /** The name used in JSON Lines, tables and Neo4j: "single-source". */
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads "single-source", "single_source" or "SINGLE-SOURCE"; anything else is rejected, naming the choices. */
    public static ClaimStatus parse(String s) {
        String norm = s == null ? "" : s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ClaimStatus c : values()) {
            if (c.name().equals(norm)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown claim status '" + s
                + "' (one of corroborated, single-source, disputed, denied, hypothetical)");
    }

    /** The status given how many independent outlets support a claim and whether anyone denies it. */
    static ClaimStatus of(int supportingOutlets, boolean denied) {
        if (supportingOutlets > 0) {
            return denied ? DISPUTED : supportingOutlets >= 2 ? CORROBORATED : SINGLE_SOURCE;
        }
        return denied ? DENIED : HYPOTHETICAL;
    }
}
