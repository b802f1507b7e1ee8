package io.newsgraph.nlp;

import io.newsgraph.extract.SeedArticles;
import io.newsgraph.model.Article;

import java.util.List;

/** Developer measurement only: load time and warm annotation speed of one coreference algorithm on the seeds. */
public final class DevCorefChoice {
    private DevCorefChoice() {
    }

    public static void main(String[] args) {
        List<Article> seeds = SeedArticles.load();
        CoreNlpPipeline p = new CoreNlpPipeline(new NlpSettings(args[0], true, false));
        seeds.forEach(p::annotate);
        long t0 = System.nanoTime();
        int tokens = 0;
        for (Article a : seeds) {
            tokens += p.annotate(a).tokenCount();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s load %.1f s, warm %.1f s, %.0f tokens/s, heap %d MB%n", args[0], p.loadMillis() / 1000.0, s, tokens / s,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
