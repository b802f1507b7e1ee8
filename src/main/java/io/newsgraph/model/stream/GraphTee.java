package io.newsgraph.model.stream;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;

import java.util.List;

/**
 * Sends every record to several sinks, in the order they were given (Jena's StreamRDF2), so that
 * one pass over a source writes every output. A sink that fails stops the pass.
 */
public final class GraphTee implements GraphSink {
    private final List<GraphSink> sinks;

    private GraphTee(List<GraphSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    public static GraphSink of(GraphSink... sinks) {
        return new GraphTee(List.of(sinks));
    }

    @Override
    public void start() {
        sinks.forEach(GraphSink::start);
    }

    @Override
    public void article(Article article) {
        sinks.forEach(s -> s.article(article));
    }

    @Override
    public void entity(Entity entity) {
        sinks.forEach(s -> s.entity(entity));
    }

    @Override
    public void event(Event event) {
        sinks.forEach(s -> s.event(event));
    }

    @Override
    public void fact(Fact fact) {
        sinks.forEach(s -> s.fact(fact));
    }

    @Override
    public void finish() {
        sinks.forEach(GraphSink::finish);
    }
}
