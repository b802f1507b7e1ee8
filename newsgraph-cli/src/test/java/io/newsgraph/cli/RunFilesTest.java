package io.newsgraph.cli;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.GraphSource;
import io.newsgraph.sink.map.MapExporter;
import io.newsgraph.sink.map.MapFormat;
import io.newsgraph.sink.map.MapOptions;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** run's files in one pass through a tee: the same bytes each output writes alone, and nothing half-written. */
class RunFilesTest {
    private static final IriMinter IRIS = IriMinter.defaults();

    @TempDir
    Path dir;

    @Test
    void onePassWritesWhatEachOutputWritesAlone() throws IOException {
        Graph graph = TestGraphs.small();
        Path out = dir.resolve("run-out");
        RunFiles.Written files = RunFiles.write(GraphSource.of(graph), out, IRIS);

        assertThat(files.all()).containsExactly(out.resolve("facts.jsonl"), out.resolve("graph.ttl"), out.resolve("graph.trig"),
                out.resolve("newsgraph-ontology.ttl"), out.resolve("map.html"));
        StringWriter jsonl = new StringWriter();
        JsonLinesWriter.write(graph, jsonl);
        assertThat(Files.readString(files.facts())).isEqualTo(jsonl.toString());
        Path alone = dir.resolve("alone");
        Files.createDirectories(alone);
        // run writes the claims into both RDF files from one shared collector; alone, each export collects its own.
        RdfExport.write(GraphSource.of(graph), RdfFormat.TURTLE, IRIS, alone.resolve("graph.ttl"), written -> true, true);
        RdfExport.write(GraphSource.of(graph), RdfFormat.TRIG, IRIS, alone.resolve("graph.trig"), written -> true, true);
        MapExporter.write(graph, alone.resolve("map.html"), MapFormat.HTML, MapOptions.whole());
        for (String name : new String[]{"graph.ttl", "graph.trig", "map.html"}) {
            assertThat(Files.mismatch(out.resolve(name), alone.resolve(name))).as(name).isEqualTo(-1L);
        }
        assertThat(files.map().edges()).isEqualTo(8);

        RdfValidator v = RdfValidator.standard();
        assertThat(v.validate(RdfValidator.read(out.resolve("graph.ttl"), Lang.TURTLE)).conforms()).isTrue();
        assertThat(v.validate(RdfValidator.read(out.resolve("graph.trig"), Lang.TRIG)).graphs()).isEqualTo(3);
        assertThat(RdfValidator.read(out.resolve("newsgraph-ontology.ttl"), Lang.TURTLE).getDefaultGraph().size()).isGreaterThan(300);
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void aFailingSourceLeavesThePreviousFilesAndNoTemporaryOnes() throws IOException {
        Path out = Files.createDirectories(dir.resolve("run-out"));
        Files.writeString(out.resolve("facts.jsonl"), "previous");
        GraphSource failing = sink -> {
            sink.start();
            throw new UncheckedIOException(new IOException("disk gone"));
        };
        assertThatThrownBy(() -> RunFiles.write(failing, out, IRIS))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
        assertThat(Files.readString(out.resolve("facts.jsonl"))).isEqualTo("previous");
        assertThat(out.resolve("graph.ttl")).doesNotExist();
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void anUnwritableFolderIsAnUncheckedIoExceptionNamingIt() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> RunFiles.write(GraphSource.of(TestGraphs.small()), blocker.resolve("out"), IRIS))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write").hasMessageContaining("out");
    }

    private static java.util.List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
