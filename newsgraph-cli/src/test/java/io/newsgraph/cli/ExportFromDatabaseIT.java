package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} without {@code --from} reads the embedded database. An IT, not a unit test: it
 * starts the embedded server, which the unit tests' JVM would otherwise start cold for this
 * alone (about 15 s of CPU, against a few seconds among the ITs, which start servers anyway).
 */
class ExportFromDatabaseIT {
    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseFailsTheExportAndWritesNothing() {
        Path out = dir.resolve("g.ttl");
        CliRun fromEmptyDb = CliRun.of("export", "--data", dir.resolve("db").toString(), "--bolt-port", "0",
                "--http-port", "0", "-o", out.toString());
        assertThat(fromEmptyDb.exitCode()).as(fromEmptyDb.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(fromEmptyDb.err()).contains("no readable records");
        assertThat(out).doesNotExist();
    }
}
