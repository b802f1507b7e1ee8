package io.newsgraph.model.stream;

import io.newsgraph.model.Graph;

/**
 * Where a graph comes from: a JSON Lines file, the Neo4j database, a graph in memory. The
 * counterpart of {@link GraphSink}, as Jena's parsers are of StreamRDF: {@link #into} drives the
 * sink through start, the records in the documented order, and finish.
 */
@FunctionalInterface
public interface GraphSource {
    void into(GraphSink sink);

    /** A graph held in memory, replayed. */
    static GraphSource of(Graph graph) {
        return sink -> GraphSink.replay(graph, sink);
    }
}
