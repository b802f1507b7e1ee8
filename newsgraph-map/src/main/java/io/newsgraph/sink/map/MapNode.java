package io.newsgraph.sink.map;

import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.EntityType;

import java.util.List;

/**
 * An entity as drawn. {@code implicit} marks a node made up for a fact end that names no known
 * entity, so that no fact is dropped from the map. {@code merges} and {@code typeRule} are the
 * entity's: why each alias joined it and which rule decided its type (empty and null when the
 * graph did not say).
 */
public record MapNode(String id, String name, EntityType type, List<String> aliases, int mentions,
                      List<String> articles, int degree, boolean implicit, List<AliasMerge> merges, String typeRule) {
    public MapNode {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
        merges = merges == null ? List.of() : List.copyOf(merges);
    }

    /** A node without resolution reasons. */
    public MapNode(String id, String name, EntityType type, List<String> aliases, int mentions, List<String> articles, int degree,
                   boolean implicit) {
        this(id, name, type, aliases, mentions, articles, degree, implicit, List.of(), null);
    }

    MapNode withDegree(int newDegree) {
        return new MapNode(id, name, type, aliases, mentions, articles, newDegree, implicit, merges, typeRule);
    }
}
