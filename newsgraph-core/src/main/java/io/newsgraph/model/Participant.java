package io.newsgraph.model;

import java.util.Objects;

/** An entity taking part in an event, and in which role. */
public record Participant(Role role, String entity) implements java.io.Serializable {
    public Participant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
    }
}
