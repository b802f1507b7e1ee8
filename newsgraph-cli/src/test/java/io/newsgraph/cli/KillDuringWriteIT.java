package io.newsgraph.cli;

import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.sink.neo4j.bench.SyntheticGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL while 'export' writes RDF or 'map' writes its page: the file under the final name is
 * the previous one, whole, or absent; never a partial one. The process is killed once its
 * temporary file holds bytes, that is in the middle of the write.
 */
class KillDuringWriteIT {
    static final String PREVIOUS = "# the previous output, which a killed write must leave whole\n";

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = dir.resolve("synthetic.jsonl");
        GraphCollector g = new GraphCollector();
        new SyntheticGraph(2_000, 16_000, 40_000, 11).replay(g);
        try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            JsonLinesWriter.write(g.graph(), w);
        }
    }

    @Test
    void killedRdfExportLeavesThePreviousFileWhole() throws Exception {
        Path out = Files.createDirectories(dir.resolve("rdf"));
        Path ttl = Files.writeString(out.resolve("graph.ttl"), PREVIOUS);
        killWhileWriting(out, "graph.ttl", "export", "--from", corpus.toString(), "-o", ttl.toString());
        assertThat(Files.readString(ttl)).isEqualTo(PREVIOUS);
    }

    @Test
    void killedMapWriteLeavesNoFileUnderTheFinalName() throws Exception {
        Path out = Files.createDirectories(dir.resolve("map"));
        Path page = out.resolve("map.html");
        killWhileWriting(out, "map.html", "map", "--from", corpus.toString(), "-o", page.toString());
        assertThat(page).doesNotExist();
    }

    /** Starts newsgraph in a child JVM and kills it with SIGKILL once its temporary output holds bytes. */
    private static void killWhileWriting(Path out, String finalName, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path log = dir.resolve(finalName + ".log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Optional<Path> partial = Optional.empty();
        try {
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (child.isAlive() && System.nanoTime() < end) {
                partial = temporaryWithBytes(out, finalName);
                if (partial.isPresent()) {
                    break;
                }
                Thread.sleep(2);
            }
            assertThat(child.isAlive()).as("still writing when killed; its output:\n" + Files.readString(log)).isTrue();
            assertThat(partial).as("a temporary file with bytes in " + out).isPresent();
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs in the child
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).isEqualTo(128 + 9);
        // What is left is the hidden temporary file, never a file under the final name.
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.equals(finalName)))
                    .allMatch(n -> n.startsWith("." + finalName + ".") && n.endsWith(".tmp"));
        }
    }

    private static Optional<Path> temporaryWithBytes(Path folder, String finalName) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + finalName + "."))
                    .filter(p -> {
                        try {
                            return Files.size(p) > 0;
                        } catch (IOException e) {
                            return false; // renamed or deleted meanwhile
                        }
                    }).findFirst();
        }
    }
}
