package io.newsgraph.sink.neo4j.bench;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.sink.GraphSink;

/**
 * Times a sink in two phases: nodes (articles, entities, events, from after start() to the first
 * fact) and relationships (from the first fact until finish() returns). Schema set-up in start()
 * is not counted.
 */
public final class PhaseTimer implements GraphSink {
    private final GraphSink delegate;
    private long started;
    private long firstFact;
    private long finished;

    public PhaseTimer(GraphSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void start() {
        delegate.start();
        started = System.nanoTime();
    }

    @Override
    public void article(Article article) {
        delegate.article(article);
    }

    @Override
    public void entity(Entity entity) {
        delegate.entity(entity);
    }

    @Override
    public void event(Event event) {
        delegate.event(event);
    }

    @Override
    public void fact(Fact fact) {
        boolean first = firstFact == 0;
        delegate.fact(fact);
        if (first) {
            // The first fact flushes the last buffered nodes: that belongs to the node phase.
            firstFact = System.nanoTime();
        }
    }

    @Override
    public void finish() {
        delegate.finish();
        finished = System.nanoTime();
        if (firstFact == 0) {
            firstFact = finished;
        }
    }

    public double nodeSeconds() {
        return (firstFact - started) / 1e9;
    }

    public double relationshipSeconds() {
        return (finished - firstFact) / 1e9;
    }
}
