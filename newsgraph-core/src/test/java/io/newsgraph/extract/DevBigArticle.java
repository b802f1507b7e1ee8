package io.newsgraph.extract;

import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.nlp.SharedPipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Developer measurement only (about 10 minutes for 1,000,000 characters): extracts one invented
 * article of the given length on one thread and prints wall time, tokens/s and the peak heap
 * in use after garbage collection (polled every 200 ms from the heap pools' after-collection
 * usage). Run with the launcher's heap: {@code java -Xmx4g -XX:+UseG1GC -cp ... DevBigArticle 1000000}.
 */
public final class DevBigArticle {
    private DevBigArticle() {
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String text = InventedArticle.build(chars, false, "Agathe Novak, the chief executive of Lanterna Dairy, visited the harbour.");
        Article article = new Article("big", "Busy Season", "test", "2024-06-03", null, null, null, text);
        long l0 = System.nanoTime();
        ExtractionPipeline pipeline = new ExtractionPipeline(SharedPipeline.get(), 1);
        System.gc();
        long models = afterGc();
        System.err.printf("models loaded in %d s; heap after GC %d MB%n", (System.nanoTime() - l0) / 1_000_000_000, models >> 20);
        AtomicLong peak = new AtomicLong();
        Thread poll = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(afterGc(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poll.setDaemon(true);
        poll.start();
        long t0 = System.nanoTime();
        ArticleExtraction x = pipeline.extractInParts(article);
        Graph g = Resolver.resolve(List.of(article), List.of(x));
        double secs = (System.nanoTime() - t0) / 1e9;
        poll.interrupt();
        System.gc();
        System.err.printf("%d characters, %d sentences, %d tokens, %d mentions, %d frames -> %d entities, %d facts%n", text.length(),
                x.sentences().size(), x.tokens(), x.mentions().size(), x.frames().size(), g.entities().size(), g.facts().size());
        System.err.printf("wall %.0f s, %.0f tokens/s; peak heap after GC %d MB (models alone %d MB); after the run %d MB%n",
                secs, x.tokens() / secs, peak.get() >> 20, models >> 20, afterGc() >> 20);
    }

    /** Heap in use right after the last collection, over all heap pools. */
    private static long afterGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                sum += p.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }
}
