package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.nlp.AnnotatedArticle;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer loop only: extraction over cached seed annotations, JSON Lines to target/dev-seeds.jsonl. */
public final class DevRun {
    private DevRun() {
    }

    public static void main(String[] args) throws Exception {
        List<AnnotatedArticle> docs = DevCache.seeds();
        List<Article> articles = new ArrayList<>();
        List<ArticleExtraction> xs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (AnnotatedArticle a : docs) {
            articles.add(a.article());
            xs.add(ExtractorChain.extractWithDefaults(a));
        }
        Graph g = Resolver.resolve(articles, xs);
        System.err.println("extract+resolve ms " + (System.nanoTime() - t0) / 1_000_000);
        try (Writer w = Files.newBufferedWriter(TestGraphs.buildDir().resolve("dev-seeds.jsonl"))) {
            JsonLinesWriter.write(g, w);
        }
    }
}
