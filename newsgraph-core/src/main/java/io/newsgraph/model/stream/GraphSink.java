package io.newsgraph.model.stream;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;

/**
 * Where a graph goes: Neo4j, an RDF file, the map, JSON Lines. The lifecycle follows Jena's
 * StreamRDF: {@link #start()}, then records, then {@link #finish()}. Records arrive in the order
 * articles, entities, events, facts, so a sink can rely on the ends of a fact being known.
 */
public interface GraphSink {
    void start();

    void article(Article article);

    void entity(Entity entity);

    void event(Event event);

    void fact(Fact fact);

    void finish();

    /** Sends a whole graph through a sink in the documented order. */
    static void replay(Graph graph, GraphSink sink) {
        sink.start();
        graph.articles().forEach(sink::article);
        graph.entities().forEach(sink::entity);
        graph.events().forEach(sink::event);
        graph.facts().forEach(sink::fact);
        sink.finish();
    }
}
