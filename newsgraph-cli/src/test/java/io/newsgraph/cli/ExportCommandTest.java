package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.sink.rdf.NgVocab;
import io.newsgraph.sink.rdf.RdfFormat;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    static final String FIXTURE = Path.of("newsgraph-core/src/test/resources/fixtures/small-graph.jsonl").toString();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportsEveryFormatByExtension(RdfFormat format) {
        Path out = dir.resolve("graph." + format.extension());
        CliRun run = CliRun.of("export", "--from", FIXTURE, "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote 2 articles, 9 entities, 2 events, 8 facts", "as " + format.cliName(), out.toString());
        DatasetGraph dsg = RdfValidator.read(out, format.lang());
        assertThat(dsg.listGraphNodes().hasNext()).isEqualTo(format.namedGraphs());
        assertThat(RdfValidator.standard().validate(dsg).conforms()).isTrue();
    }

    @Test
    void formatOptionWinsOverTheExtension() {
        Path out = dir.resolve("graph.txt");
        CliRun run = CliRun.of("export", "--from", FIXTURE, "--format", "ntriples", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(RdfValidator.read(out, Lang.NTRIPLES).getDefaultGraph().size()).isGreaterThan(200);
    }

    @Test
    void unknownFormatsAreUsageErrors() {
        CliRun byExt = CliRun.of("export", "--from", FIXTURE, "-o", dir.resolve("graph.txt").toString());
        assertThat(byExt.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(byExt.err()).contains("cannot tell the RDF format from 'graph.txt'", "--format turtle|ntriples");
        CliRun byName = CliRun.of("export", "--from", FIXTURE, "--format", "n3", "-o", dir.resolve("g.ttl").toString());
        assertThat(byName.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(byName.err()).contains("unknown format 'n3'");
        assertThat(CliRun.of("export", "--from", FIXTURE).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void customBaseIri() throws IOException {
        Path out = dir.resolve("graph.nt");
        CliRun run = CliRun.of("export", "--from", FIXTURE, "-o", out.toString(), "--base", "http://example.org/kg/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("<http://example.org/kg/person/tom-o-neil>").doesNotContain("w3id.org/newsgraph/data");
        CliRun bad = CliRun.of("export", "--from", FIXTURE, "-o", out.toString(), "--base", "no base");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--base").contains("no base");
    }

    @Test
    void unwritableOutputExitsWithFourAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        CliRun run = CliRun.of("export", "--from", FIXTURE, "-o", blocker.resolve("graph.ttl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(run.err().strip()).startsWith("newsgraph: cannot write").contains("graph.ttl").doesNotContain("\n")
                .doesNotContain("Exception");

        Path existingDir = Files.createDirectories(dir.resolve("graph.ttl"));
        Files.writeString(existingDir.resolve("keep"), "x");
        CliRun onDir = CliRun.of("export", "--from", FIXTURE, "-o", existingDir.toString());
        assertThat(onDir.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws IOException {
        Path out = Files.writeString(dir.resolve("graph.ttl"), "# previous export\n");
        CliRun run = CliRun.of("export", "--from", dir.resolve("missing.jsonl").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("missing.jsonl: no such file");
        assertThat(Files.readString(out)).isEqualTo("# previous export\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void badLinesAreSkippedAndReportedAndTheRestIsExported() throws IOException {
        Path in = dir.resolve("mixed.jsonl");
        Files.write(in, Stream.concat(Files.readAllLines(Path.of(FIXTURE)).stream().limit(3),
                Stream.of("{not json", "{\"record\":\"fact\",\"subject\":\"A\"}")).toList());
        Path out = dir.resolve("graph.ttl");
        CliRun run = CliRun.of("export", "--from", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.err()).contains("mixed.jsonl:4: not valid JSON", "mixed.jsonl:5:");
        assertThat(run.out()).contains("wrote 2 articles, 1 entities");
        assertThat(RdfValidator.read(out, Lang.TURTLE).getDefaultGraph().contains(
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/data/organization/nordlys-energy"),
                NgVocab.TYPE, NgVocab.ORGANIZATION)).isTrue();
    }

    @Test
    void anInputWithNothingReadableDoesNotReplaceTheOutput() throws IOException {
        Path in = Files.writeString(dir.resolve("junk.jsonl"), "junk\n{\"record\":\"nope\"}\n");
        Path out = Files.writeString(dir.resolve("graph.ttl"), "# previous export\n");
        CliRun run = CliRun.of("export", "--from", in.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("junk.jsonl: no readable records (2 bad lines)", "was not written");
        assertThat(Files.readString(out)).isEqualTo("# previous export\n");
        assertThat(leftovers()).isEmpty();

        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        CliRun nothing = CliRun.of("export", "--from", empty.toString(), "-o", out.toString());
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(nothing.err()).contains("empty.jsonl: no readable records; ");
        assertThat(Files.readString(out)).isEqualTo("# previous export\n");
    }

    @Test
    void writesTheOntology() {
        Path onto = dir.resolve("sub/newsgraph-ontology.ttl");
        CliRun run = CliRun.of("export", "--ontology", onto.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var g = RdfValidator.read(onto, Lang.TURTLE).getDefaultGraph();
        assertThat(g.contains(NgVocab.property(io.newsgraph.model.Predicate.REQUESTED), NgVocab.LABEL, org.apache.jena.graph.Node.ANY)).isTrue();

        Path both = dir.resolve("g.trig");
        CliRun withGraph = CliRun.of("export", "--from", FIXTURE, "-o", both.toString(), "--ontology", dir.resolve("o.ttl").toString());
        assertThat(withGraph.exitCode()).isZero();
        assertThat(both).exists();
        assertThat(dir.resolve("o.ttl")).exists();
    }

    private Stream<Path> leftoversStream() throws IOException {
        return Files.walk(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> s = leftoversStream()) {
            return s.toList();
        }
    }
}
