package io.newsgraph.model.stream;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;

import java.util.function.Consumer;

/**
 * A sink that hands every call on to other sinks (Jena's StreamRDFWrapper): a subclass says to
 * which ones and how, in {@link #forward}, and overrides a record method only to do more.
 */
public abstract class ForwardingSink implements GraphSink {
    /** Makes the call on the sink or sinks this one stands for. */
    protected abstract void forward(Consumer<GraphSink> call);

    @Override
    public void start() {
        forward(GraphSink::start);
    }

    @Override
    public void article(Article article) {
        forward(s -> s.article(article));
    }

    @Override
    public void entity(Entity entity) {
        forward(s -> s.entity(entity));
    }

    @Override
    public void event(Event event) {
        forward(s -> s.event(event));
    }

    @Override
    public void fact(Fact fact) {
        forward(s -> s.fact(fact));
    }

    @Override
    public void finish() {
        forward(GraphSink::finish);
    }
}
