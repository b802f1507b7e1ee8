package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API `run` calls: Turtle, TriG and the ontology into the output folder. */
class RunOutputsTest {
    @TempDir
    Path dir;

    @Test
    void writesTurtleTrigAndTheOntology() {
        Path out = dir.resolve("run-out");
        List<Path> files = RdfExport.writeRunOutputs(TestGraphs.small(), out, IriMinter.defaults());
        assertThat(files).containsExactly(out.resolve("graph.ttl"), out.resolve("graph.trig"), out.resolve("newsgraph-ontology.ttl"));
        RdfValidator v = RdfValidator.standard();
        assertThat(v.validate(RdfValidator.read(files.get(0), Lang.TURTLE)).conforms()).isTrue();
        assertThat(v.validate(RdfValidator.read(files.get(1), Lang.TRIG)).graphs()).isEqualTo(3);
        assertThat(RdfValidator.read(files.get(2), Lang.TURTLE).getDefaultGraph().size()).isGreaterThan(300);
    }

    @Test
    void anUnwritableFolderIsAnUncheckedIoExceptionNamingIt() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> RdfExport.writeRunOutputs(TestGraphs.small(), blocker.resolve("out"), IriMinter.defaults()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write").hasMessageContaining("out");
    }
}
