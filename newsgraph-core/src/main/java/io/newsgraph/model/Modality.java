package io.newsgraph.model;

import java.util.Locale;

/**
 * How firmly the article states a fact: as its own claim, as someone else's report, or as a
 * possibility (if/would/could, wishes, demands). Hypothetical facts are never plain claims.
 */
public enum Modality {
    ASSERTED, REPORTED, HYPOTHETICAL;

    /** Computed once: json() runs for every fact and participant a sink writes. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Modality parse(String s) {
        return s == null ? ASSERTED : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
