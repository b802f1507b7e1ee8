package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing, merged across mentions and articles. {@code id} is stable across runs
 * ({@code person/elon-musk}); {@code aliases} are the surface forms seen in the text.
 */
public record Entity(String id, String name, EntityType label, List<String> aliases, int mentions,
                     List<String> articles) implements java.io.Serializable {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
