package io.newsgraph;

import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundled example articles (examples/articles) through the real ingest and extraction
 * stages, computed once per test JVM: CoreNLP takes about 30 s to load and as long again to read
 * the ten articles, and failsafe runs every IT in one reused fork. Every example-based IT takes
 * its graph from here. The extraction rules change over time, so tests built on this graph check
 * structure, facts the example texts state plainly, and counts that must agree between outputs.
 */
public final class ExampleGraph {
    private static List<Article> articles;
    private static Graph graph;
    private static String jsonLines;

    private ExampleGraph() {
    }

    public static Path folder() {
        return TestGraphs.repoRoot().resolve("examples/articles");
    }

    /** The cleaned example articles, as every command reads them. */
    public static synchronized List<Article> articles() {
        if (articles == null) {
            IngestResult read = new Ingest().read(List.of(folder().toString()), InputStream.nullInputStream());
            if (read.hasErrors()) {
                throw new IllegalStateException("the example articles did not ingest: " + read.errors());
            }
            articles = read.articles();
        }
        return articles;
    }

    public static Map<String, Article> articlesById() {
        return articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    /** The extracted and resolved graph of the examples (models loaded once through SharedPipeline). */
    public static synchronized Graph graph() {
        if (graph == null) {
            long t0 = System.nanoTime();
            ExtractionPipeline pipeline = ExtractionPipeline.create(Runtime.getRuntime().availableProcessors());
            graph = pipeline.extract(articles());
            System.out.printf("ExampleGraph: %d articles, %d entities, %d facts, %d events in %.1f s%n",
                    graph.articles().size(), graph.entities().size(), graph.facts().size(), graph.events().size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return graph;
    }

    /** The graph in its JSON Lines form, as 'newsgraph extract' writes it. */
    public static synchronized String jsonLines() {
        if (jsonLines == null) {
            StringWriter w = new StringWriter();
            JsonLinesWriter.write(graph(), w);
            jsonLines = w.toString();
        }
        return jsonLines;
    }
}
