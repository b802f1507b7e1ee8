package io.newsgraph.model;

import java.util.Locale;

/**
 * The closed core predicate set of the JSON Lines contract. Relationship types in Neo4j and
 * properties in RDF come only from here, so no text from an article ever becomes a query keyword.
 */
public enum Predicate {
    OWNS(false, false),
    FOUNDED(false, true),
    LEADS(false, false),
    OPERATES(false, false),
    WORKS_FOR(false, false),
    MEMBER_OF(false, false),
    PART_OF(false, false),
    LOCATED_IN(false, false),
    LIVES_IN(false, false),
    CITIZEN_OF(false, false),
    CONTRACTS_WITH(false, true),
    PROVIDED(false, true),
    COMMUNICATED_WITH(true, true),
    MET_WITH(true, true),
    INTERVIEWED(false, true),
    REQUESTED(false, true),
    REFUSED(false, true),
    DENIED(false, true),
    SUPPORTED(false, true),
    PRAISED(false, true),
    CRITICIZED(false, true),
    THREATENED(false, true),
    ATTACKED(false, true),
    KILLED(false, true),
    SANCTIONED(false, true);

    private final boolean symmetric;
    private final boolean eventLike;

    Predicate(boolean symmetric, boolean eventLike) {
        this.symmetric = symmetric;
        this.eventLike = eventLike;
    }

    /** True when "A p B" means the same as "B p A" (talks, meetings). */
    public boolean symmetric() {
        return symmetric;
    }

    /** True when a statement of this predicate is something that happened, and so also gets an Event record. */
    public boolean eventLike() {
        return eventLike;
    }

    /** Parses "works for", "works-for" or "WORKS_FOR"; anything outside the core set is rejected. */
    public static Predicate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty predicate");
        }
        String norm = text.trim().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
        try {
            return valueOf(norm);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown predicate '" + text + "' (not in the core set)");
        }
    }
}
