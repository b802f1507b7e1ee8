package io.newsgraph.sink.map;

import io.newsgraph.model.EntityType;

import java.util.List;

/**
 * An entity as drawn. {@code implicit} marks a node made up for a fact end that names no known
 * entity, so that no fact is dropped from the map.
 */
public record MapNode(String id, String name, EntityType type, List<String> aliases, int mentions,
                      List<String> articles, int degree, boolean implicit) {
    public MapNode {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }

    MapNode withDegree(int newDegree) {
        return new MapNode(id, name, type, aliases, mentions, articles, newDegree, implicit);
    }
}
