package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;

import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Developer loop only: extraction over the given inputs (default examples/articles) to target/dev-examples.jsonl. */
public final class DevExamples {
    private DevExamples() {
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = args.length == 0 ? List.of("examples/articles") : List.of(args);
        List<Article> articles = new Ingest().read(inputs, InputStream.nullInputStream()).articles();
        Graph g = ExtractionPipeline.create().extract(articles);
        try (Writer w = Files.newBufferedWriter(TestGraphs.buildDir().resolve("dev-examples.jsonl"))) {
            JsonLinesWriter.write(g, w);
        }
        System.out.println(new Extracted(g));
    }
}
