package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private Path export(String name) {
        Path out = dir.resolve(name);
        assertThat(CliRun.of("export", "--from", ExportCommandTest.FIXTURE, "-o", out.toString()).exitCode()).isZero();
        return out;
    }

    @Test
    void anExportConforms() {
        for (String name : new String[] {"g.ttl", "g.trig", "g.nq", "g.jsonld"}) {
            Path file = export(name);
            CliRun run = CliRun.of("validate", file.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains(file + ": conforms (");
        }
    }

    @Test
    void violationsAreListedInPlainWords() throws IOException {
        Path file = export("g.nt");
        // A negated fact ("had not consulted residents") written as if it were true.
        Files.writeString(file, Files.readString(file)
                + "<https://w3id.org/newsgraph/data/person/tom-o-neil> <https://w3id.org/newsgraph/ontology#communicatedWith> "
                + "<https://w3id.org/newsgraph/data/location/riverton> .\n");
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.out()).contains("Violation: person:tom-o-neil ng:communicatedWith = location:riverton: "
                + "this plain triple is not backed by any claim")
                .contains("does not conform: 1 violation");
    }

    @Test
    void unreadableAndUnparseableFilesGiveOneLineErrors() throws IOException {
        CliRun missing = CliRun.of("validate", dir.resolve("none.ttl").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("none.ttl: no such file");

        Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"
                + "<a> ng:x \"unterminated .\n");
        CliRun bad = CliRun.of("validate", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(bad.err().strip()).startsWith("newsgraph: " + broken + ": not valid Turtle: ").contains("line 3, column 1: ")
                .doesNotContain("\n").doesNotContain("Exception");

        Path unknown = Files.writeString(dir.resolve("data.xyz"), "");
        assertThat(CliRun.of("validate", unknown.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void customShapes() throws IOException {
        Path file = export("g.ttl");
        Path shapes = Files.writeString(dir.resolve("shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                [] a sh:NodeShape ; sh:targetClass ng:Article ;
                   sh:property [ sh:path ng:author ; sh:minCount 1 ; sh:message "every article needs an author" ] .
                """);
        CliRun run = CliRun.of("validate", "--shapes", shapes.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.out()).contains("article:fx-002 ng:author: every article needs an author");
    }
}
