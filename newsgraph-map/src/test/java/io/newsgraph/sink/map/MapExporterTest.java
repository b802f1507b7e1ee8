package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapExporterTest {
    @TempDir
    Path dir;

    @Test
    void formatComesFromTheExtension() {
        assertThat(MapFormat.fromFileName(Path.of("out/Map.HTML"))).contains(MapFormat.HTML);
        assertThat(MapFormat.fromFileName(Path.of("g.graphml"))).contains(MapFormat.GRAPHML);
        assertThat(MapFormat.fromFileName(Path.of("g.gv"))).contains(MapFormat.DOT);
        assertThat(MapFormat.fromFileName(Path.of("g.txt"))).isEmpty();
        assertThat(MapFormat.parse("GraphML")).isEqualTo(MapFormat.GRAPHML);
        assertThatThrownBy(() -> MapFormat.parse("svg")).hasMessageContaining("html, graphml or dot");
    }

    @Test
    void writesAtomicallyReplacingTheOldFileAndLeavingNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("map.html");
        Files.writeString(file, "old");
        MapExporter.Summary s = MapExporter.write(TestGraphs.small(), file, MapFormat.HTML, MapOptions.whole());
        assertThat(s.nodes()).isEqualTo(9);
        assertThat(s.edges()).isEqualTo(8);
        assertThat(s.articles()).isEqualTo(2);
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void newFilesAreReadableByOthers() throws IOException {
        Path file = dir.resolve("map.dot");
        MapExporter.write(TestGraphs.small(), file, MapFormat.DOT, MapOptions.whole());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailedWriteKeepsThePreviousMap() throws IOException {
        Path file = dir.resolve("map.html");
        Files.writeString(file, "previous");
        assertThatThrownBy(() -> MapExporter.write(TestGraphs.small(), file, MapFormat.HTML, MapOptions.focus("Nobody", 1)))
                .isInstanceOf(UnknownEntityException.class);
        assertThat(Files.readString(file)).isEqualTo("previous");
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> MapExporter.write(TestGraphs.small(), notAFolder.resolve("map.html"), MapFormat.HTML, MapOptions.whole()))
                .isInstanceOf(AtomicFile.OutputException.class).hasMessageContaining("cannot write");
    }

    @Test
    void sinkWritesAtFinishAndNamesTheFileWhenItFails() {
        Graph graph = TestGraphs.small();
        MapSink sink = MapSink.html(dir.resolve("map.html"));
        GraphSink.replay(graph, sink);
        assertThat(sink.summary().edges()).isEqualTo(8);
        assertThat(dir.resolve("map.html")).exists();

        Path blocker = dir.resolve("file");
        assertThatThrownBy(() -> {
            Files.writeString(blocker, "x");
            GraphSink.replay(graph, MapSink.html(blocker.resolve("map.html")));
        }).isInstanceOf(AtomicFile.OutputException.class)
                .hasMessageStartingWith(blocker.resolve("map.html") + ": cannot write the map: ");
        assertThatThrownBy(() -> GraphSink.replay(graph, new MapSink(dir.resolve("f.html"), MapFormat.HTML, MapOptions.focus("Nobody", 1))))
                .isInstanceOf(UnknownEntityException.class);
    }
}
