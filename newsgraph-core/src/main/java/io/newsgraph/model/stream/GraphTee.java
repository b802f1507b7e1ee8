package io.newsgraph.model.stream;

import java.util.List;
import java.util.function.Consumer;

/**
 * Sends every record to several sinks, in the order they were given (Jena's StreamRDF2), so that
 * one pass over a source writes every output. A sink that fails stops the pass.
 */
public final class GraphTee extends ForwardingSink {
    private final List<GraphSink> sinks;

    private GraphTee(List<GraphSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    public static GraphSink of(GraphSink... sinks) {
        return new GraphTee(List.of(sinks));
    }

    @Override
    protected void forward(Consumer<GraphSink> call) {
        sinks.forEach(call);
    }
}
