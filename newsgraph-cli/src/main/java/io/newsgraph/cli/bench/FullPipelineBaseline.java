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
 * @param annotateSeconds CPU time of the annotating thread for one pass over the corpus (mean of the
 *                        passes): on a machine shared with other jobs it varies far less than wall time
 * @param heapBytes       the largest heap in use after a collection while the models were loaded and used
 */
record FullPipelineBaseline(double loadSeconds, double annotateSeconds, long heapBytes) {

    /** Loads the full pipeline, warms it unless told not to, and times {@code repetitions} passes. */
    static FullPipelineBaseline measure(List<Article> corpus, int repetitions, boolean warmup, HeapAfterGc heap) {
        long t0 = System.nanoTime();
        CoreNlpPipeline full = new CoreNlpPipeline(NlpSettings.full());
        double load = (System.nanoTime() - t0) / 1e9;
        if (warmup) {
            corpus.forEach(full::annotate);
        }
        long s = ThreadCpu.nanos();
        for (int r = 0; r < repetitions; r++) {
            corpus.forEach(full::annotate);
        }
        double annotate = (ThreadCpu.nanos() - s) / 1e9 / repetitions;
        long heapBytes = heap.peakIncludingNow();
        java.lang.ref.Reference.reachabilityFence(full); // the models count in the heap figure
        // CoreNLP keeps every annotator it built in a static pool and hands it to the next pipeline with
        // the same properties: emptied, the configured pipeline loads and holds its own models.
        CoreNlpPipeline.forgetLoadedModels();
        return new FullPipelineBaseline(load, annotate, heapBytes);
    }
}
