package io.newsgraph.spark;

import io.newsgraph.pipeline.ExtractionPipeline;

/**
 * One extraction pipeline per executor JVM, made by the first task that needs it and shared by
 * every later task and task thread of that JVM: the CoreNLP models take about 0.7 GiB of heap and
 * tens of seconds to load. Held in a static field, never in a task's closure: a pipeline is not
 * serializable, and a task that captured one would fail before it ran.
 */
final class PipelineHolder {
    private static volatile ExtractionPipeline pipeline;

    private PipelineHolder() {
    }

    static ExtractionPipeline get() {
        ExtractionPipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    // One worker thread: Spark runs one task per core and each task extracts its articles in turn.
                    p = ExtractionPipeline.create(1);
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
