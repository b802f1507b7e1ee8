package io.newsgraph.model.stream;

import java.util.function.Consumer;

/** A sink writing into a pending file: failures name the file; finish moves it into place. */
final class CommittingSink extends ForwardingSink {
    private final AtomicFile.Pending file;
    private final GraphSink writer;

    CommittingSink(AtomicFile.Pending file, GraphSink writer) {
        this.file = file;
        this.writer = writer;
    }

    @Override
    protected void forward(Consumer<GraphSink> call) {
        file.guard(() -> call.accept(writer));
    }

    @Override
    public void finish() {
        super.finish();
        file.commit();
    }
}
