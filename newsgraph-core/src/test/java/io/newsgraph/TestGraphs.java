package io.newsgraph;

import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-made graphs for sink tests, so that sinks are tested without running CoreNLP. */
public final class TestGraphs {
    private TestGraphs() {
    }

    /**
     * Two short made-up articles: an acquisition (hypothetical OWNS), titles (LEADS), places, a
     * meeting with an event, a negated reported statement, and an entity whose name holds HTML,
     * quotes, backticks, braces, emoji and a right-to-left script.
     */
    public static Graph small() {
        return fromResource("/fixtures/small-graph.jsonl");
    }

    public static Graph fromResource(String resource) {
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TestGraphs.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            Graph g = JsonLinesReader.read(r, resource, problems::add);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("fixture " + resource + " has problems: " + problems);
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path repoRoot() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The running module's build folder (its target/), where tests write what they produce. Tests
     * run from the project folder, so a bare "target" would be a folder no module owns; outside
     * Maven (an IDE run) it is that folder.
     */
    public static Path buildDir() {
        return Path.of(System.getProperty("newsgraph.buildDir", "target")).toAbsolutePath();
    }

    /** Where the developer loops (Dev* mains) keep CoreNLP annotations between runs: -Dnewsgraph.devcache, else buildDir()/dev-cache. */
    public static Path devCacheDir() {
        String dir = System.getProperty("newsgraph.devcache");
        return dir != null ? Path.of(dir) : buildDir().resolve("dev-cache");
    }
}
