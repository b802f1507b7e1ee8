package io.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.ExampleGraph;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ten example articles as a JSON Lines corpus, one cleaned article per line with its id and
 * metadata, written once per test JVM under this module's target folder: the job reads it as
 * users' corpora are read, and {@link ExampleGraph} is what {@code extract} makes of the same articles.
 */
final class ExampleCorpus {
    private static Path file;

    private ExampleCorpus() {
    }

    static synchronized Path jsonLines() {
        if (file == null) {
            try {
                Path dir = Files.createDirectories(TestGraphs.buildDir().resolve("spark-it"));
                ObjectMapper json = new ObjectMapper();
                List<String> lines = new ArrayList<>();
                for (Article a : ExampleGraph.articles()) {
                    lines.add(json.writeValueAsString(row(json, a)));
                }
                file = Files.write(dir.resolve("examples.jsonl"), lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static ObjectNode row(ObjectMapper json, Article a) {
        return json.createObjectNode().put("id", a.id()).put("title", a.title()).put("source", a.source())
                .put("published", a.published()).put("url", a.url()).put("author", a.author()).put("text", a.text());
    }

    static Path outputDir(String name) {
        return TestGraphs.buildDir().resolve("spark-it").resolve(name);
    }
}
