package io.newsgraph.model;

import java.util.List;

/**
 * The resolved result of a run: what every sink receives. Entities are merged across articles;
 * facts reference entities by id.
 */
public record Graph(List<Article> articles, List<Entity> entities, List<Fact> facts, List<Event> events) {
    public Graph {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        events = List.copyOf(events);
    }

    public static Graph empty() {
        return new Graph(List.of(), List.of(), List.of(), List.of());
    }
}
