package io.newsgraph.claims;

import java.util.Objects;

/**
 * Who a statement is attributed to, as the text names it ({@code name}: "Dmitry Peskov", "the Wall
 * Street Journal", "two officials"), and the entity of the graph it resolved to, or null for an
 * unnamed source ("officials said") that matches no entity.
 */
public record Speaker(String name, String entityId) {
    public Speaker {
        Objects.requireNonNull(name, "name");
    }

    /** True when the speaker is an entity of the graph, not an unnamed source. */
    public boolean named() {
        return entityId != null;
    }
}
