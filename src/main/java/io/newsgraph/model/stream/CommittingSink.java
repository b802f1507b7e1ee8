package io.newsgraph.model.stream;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;

/** A sink writing into a pending file: failures name the file; finish moves it into place. */
final class CommittingSink implements GraphSink {
    private final AtomicFile.Pending file;
    private final GraphSink writer;

    CommittingSink(AtomicFile.Pending file, GraphSink writer) {
        this.file = file;
        this.writer = writer;
    }

    @Override
    public void start() {
        file.guard(() -> writer.start());
    }

    @Override
    public void article(Article article) {
        file.guard(() -> writer.article(article));
    }

    @Override
    public void entity(Entity entity) {
        file.guard(() -> writer.entity(entity));
    }

    @Override
    public void event(Event event) {
        file.guard(() -> writer.event(event));
    }

    @Override
    public void fact(Fact fact) {
        file.guard(() -> writer.fact(fact));
    }

    @Override
    public void finish() {
        file.guard(() -> writer.finish());
        file.commit();
    }
}
