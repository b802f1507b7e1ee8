package io.newsgraph.model;

import java.util.Locale;

/** Participant roles of an event; Neo4j relationship types AGENT, RECIPIENT, TOPIC, PLACE. */
public enum Role {
    AGENT, RECIPIENT, TOPIC, PLACE;

    /** Computed once: json() runs for every fact and participant a sink writes. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Role parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
