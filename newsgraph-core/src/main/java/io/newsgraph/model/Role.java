package io.newsgraph.model;

import java.util.Locale;

/** Participant roles of an event; Neo4j relationship types AGENT, RECIPIENT, TOPIC, PLACE. */
public enum Role {
    AGENT, RECIPIENT, TOPIC, PLACE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
