package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.sink.neo4j.ImportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFilesExportTest {
    @TempDir
    Path dir;

    @Test
    void writesTheImportFilesTheCommandAndTheSchema() throws IOException {
        Path out = dir.resolve("import");
        CliRun run = CliRun.of("export", "--from", ExportCommandTest.FIXTURE, "--format", "neo4j-import", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote 2 articles, 9 entities, 2 events, 8 facts",
                "neo4j-admin database import full --id-type=integer --nodes=articles.csv", "--array-delimiter=U+001F", "cypher-shell -f schema.cypher");
        List<String> all = new ArrayList<>(ImportFiles.NODE_FILES);
        all.addAll(ImportFiles.RELATIONSHIP_FILES);
        all.add("import-command.txt");
        all.add("schema.cypher");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(all);
        }
        // One line per fact after the header; quoted sentences with commas stay one field.
        assertThat(Files.readAllLines(out.resolve("facts.csv")).get(0)).startsWith(":START_ID,:END_ID,:TYPE,factId");
        assertThat(Files.readString(out.resolve("schema.cypher"))).contains("CREATE CONSTRAINT entity_id IF NOT EXISTS");
        assertThat(Files.readString(out.resolve("import-command.txt")).strip()).endsWith(" neo4j");
    }

    @Test
    void aGraphFileWithARepeatedFactWritesNothing() throws IOException {
        Path twice = dir.resolve("twice.jsonl");
        List<String> lines = Files.readAllLines(Path.of(ExportCommandTest.FIXTURE));
        String fact = lines.stream().filter(l -> l.contains("\"record\": \"fact\"")).findFirst().orElseThrow();
        lines.add(fact);
        Files.write(twice, lines);
        Path out = dir.resolve("import");
        CliRun run = CliRun.of("export", "--from", twice.toString(), "--format", "neo4j-import", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("comes twice", "no import files were written").doesNotContain("\tat ");
        try (var listing = Files.list(out)) {
            assertThat(listing).isEmpty();
        }
    }
}
