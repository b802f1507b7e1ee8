package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** load --bulk: a new embedded database from Neo4j's importer, then the same as a Bolt load reports. */
class BulkLoadIT {
    @TempDir
    Path dir;

    @Test
    void aFirstBulkLoadGivesTheCountsOfABoltLoadAndASecondIsRefused() throws IOException {
        String bulkData = dir.resolve("bulk").toString();
        CliRun bulk = CliRun.of("load", "--bulk", ExportCommandTest.FIXTURE, "--data", bulkData, "--bolt-port", "0",
                "--http-port", "0");
        assertThat(bulk.exitCode()).as(bulk.err()).isZero();
        assertThat(bulk.out()).contains("Bulk-loaded 2 articles, 9 entities, 2 events, 8 facts");

        CliRun bolt = CliRun.of("load", ExportCommandTest.FIXTURE, "--data", dir.resolve("bolt").toString(),
                "--bolt-port", "0", "--http-port", "0");
        assertThat(bolt.exitCode()).as(bolt.err()).isZero();
        assertThat(graphNow(bulk.out())).isEqualTo(graphNow(bolt.out()));

        // The import files are gone; the store is there.
        try (var listing = Files.list(Path.of(bulkData))) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".bulk-"));
        }
        CliRun again = CliRun.of("load", "--bulk", ExportCommandTest.FIXTURE, "--data", bulkData, "--bolt-port", "0",
                "--http-port", "0");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already holds database 'neo4j'", "load without --bulk adds to it");
    }

    @Test
    void bulkIsForTheEmbeddedServerOnly() {
        CliRun run = CliRun.of("load", "--bulk", ExportCommandTest.FIXTURE, "--neo4j", "bolt://localhost:1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("export --format neo4j-import");
    }

    private static String graphNow(String out) {
        return out.lines().filter(l -> l.startsWith("Graph now: ")).findFirst().orElseThrow();
    }
}
