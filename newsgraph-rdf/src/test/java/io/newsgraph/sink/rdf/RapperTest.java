package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The exported files also parse in an independent parser, Raptor's rapper (Debian raptor2-utils),
 * and what rapper reads is the same graph Jena reads. rapper has no JSON-LD parser.
 */
class RapperTest {
    private static final Path RAPPER = Path.of("/usr/bin/rapper");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsRapper() {
        assumeTrue(Files.isExecutable(RAPPER), "rapper is not installed (apt-get install raptor2-utils; .ci/run installs it)");
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "NTRIPLES", "NQUADS", "TRIG", "RDFXML"})
    void rapperReadsTheSameGraph(RdfFormat format) throws Exception {
        Path file = dir.resolve("graph." + format.extension());
        RdfExport.write(s -> io.newsgraph.model.stream.GraphSink.replay(TestGraphs.small(), s), format, IriMinter.defaults(), file);
        String rapperIn = switch (format) {
            case TURTLE -> "turtle";
            case NTRIPLES -> "ntriples";
            case NQUADS -> "nquads";
            case TRIG -> "trig";
            default -> "rdfxml";
        };
        Path out = dir.resolve("rapper.nq");
        Path err = dir.resolve("rapper.err");
        Process p = new ProcessBuilder(RAPPER.toString(), "-q", "-i", rapperIn, "-o", "nquads", file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("rapper finished").isTrue();
        assertThat(p.exitValue()).as("rapper exit; stderr: %s", read(err)).isZero();
        assertThat(read(err)).as("rapper warnings").isBlank();

        DatasetGraph viaRapper = RdfTestSupport.parse(Files.readAllBytes(out), Lang.NQUADS);
        DatasetGraph viaJena = RdfValidator.read(file, format.lang());
        assertThat(viaRapper.getDefaultGraph().size()).isGreaterThan(200);
        assertThat(IsoMatcher.isomorphic(viaJena, viaRapper)).as("rapper and Jena read the same %s", format).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "TRIG"})
    void rapperReadsTheClaimsToo(RdfFormat format) throws Exception {
        Path file = dir.resolve("claims." + format.extension());
        RdfExport.write(s -> io.newsgraph.model.stream.GraphSink.replay(TestGraphs.fromResource("/claims/corpus-graph.jsonl"), s),
                format, IriMinter.defaults(), file, written -> true, true);
        Path out = dir.resolve("rapper-claims.nq");
        Path err = dir.resolve("rapper-claims.err");
        Process p = new ProcessBuilder(RAPPER.toString(), "-q", "-i", format == RdfFormat.TRIG ? "trig" : "turtle",
                "-o", "nquads", file.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("rapper finished").isTrue();
        assertThat(p.exitValue()).as("rapper exit; stderr: %s", read(err)).isZero();
        assertThat(read(err)).as("rapper warnings").isBlank();

        DatasetGraph viaRapper = RdfTestSupport.parse(Files.readAllBytes(out), Lang.NQUADS);
        assertThat(viaRapper.getDefaultGraph().find(null, NgVocab.TYPE, NgVocab.CLAIM).toList()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(IsoMatcher.isomorphic(RdfValidator.read(file, format.lang()), viaRapper))
                .as("rapper and Jena read the same claims in %s", format).isTrue();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
