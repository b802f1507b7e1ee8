package io.newsgraph.cli.bench;

import io.newsgraph.model.Article;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.NlpSettings;

import java.util.List;

/**
 * Today's full CoreNLP annotator set ({@link NlpSettings#full()}) over the bench corpus on one
 * thread: the figures a faster configuration is compared with, measured in the same process on
 * the same corpus. Loaded, measured and dropped before the configured pipeline loads, so the two
 * never share the heap.
 *
 * @param loadSeconds     wall time to load the models
 * @param annotateSeconds wall time of one annotation pass over the corpus (mean of the passes)
 * @param heapBytes       heap in use after a full collection with the models loaded and used
 */
record FullPipelineBaseline(double loadSeconds, double annotateSeconds, long heapBytes) {

    /** Loads the full pipeline, warms it unless told not to, and times {@code repetitions} passes. */
    static FullPipelineBaseline measure(List<Article> corpus, int repetitions, boolean warmup, HeapAfterGc heap) {
        long t0 = System.nanoTime();
        CoreNlpPipeline full = new CoreNlpPipeline(NlpSettings.full());
        double load = (System.nanoTime() - t0) / 1e9;
        return measure(full, load, corpus, repetitions, warmup, heap);
    }

    /** The same figures for a pipeline already loaded (when the configured one is the full set). */
    static FullPipelineBaseline measure(CoreNlpPipeline p, double loadSeconds, List<Article> corpus, int repetitions,
                                        boolean warmup, HeapAfterGc heap) {
        if (warmup) {
            corpus.forEach(p::annotate);
        }
        long s = System.nanoTime();
        for (int r = 0; r < repetitions; r++) {
            corpus.forEach(p::annotate);
        }
        double annotate = (System.nanoTime() - s) / 1e9 / repetitions;
        return new FullPipelineBaseline(loadSeconds, annotate, heap.collectNow());
    }
}
