package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs with nothing to extract fail before the models load (so these runs take milliseconds):
 * one line per problem naming the input, exit code 5, no output file, no stack trace.
 */
class InputErrorsTest {
    @TempDir
    Path dir;

    private static void assertNoStackTrace(CliRun r) {
        assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContainPattern("[A-Z][A-Za-z]+Exception")
                .doesNotContain("internal error");
    }

    @Test
    void anEmptyFolderIsNamedAndExitsWithFive() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("facts.jsonl");
        CliRun r = CliRun.of("extract", empty.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().lines()).containsExactly(empty + ": warning: directory holds no article files",
                "newsgraph: no article could be read from " + empty);
        assertThat(out).doesNotExist();
        assertNoStackTrace(r);
    }

    @Test
    void aMissingPathIsNamedAndExitsWithFive() {
        Path missing = dir.resolve("no-such.txt");
        CliRun r = CliRun.of("extract", missing.toString(), "-o", dir.resolve("x.jsonl").toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().lines()).first().isEqualTo(missing + ": no such file or directory");
        assertThat(r.err().lines()).hasSize(2);
        assertNoStackTrace(r);
    }

    @Test
    void onlyBadFilesGiveOneLineEachAndExitFive() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.write(in.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Files.writeString(in.resolve("empty.md"), "");
        Files.writeString(in.resolve("lines.jsonl"), "[1, 2]\n");
        Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
        CliRun r = CliRun.of("extract", in.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        for (String name : new String[] {"binary.txt", "empty.md", "lines.jsonl", "self.txt"}) {
            assertThat(r.err().lines().filter(l -> l.contains(in.resolve(name).toString()))).as(name + " in\n" + r.err())
                    .hasSize(1);
        }
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void aZeroSizeLimitIsAUsageError() {
        CliRun r = CliRun.of("extract", "--max-article-size", "0", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().trim()).hasLineCount(1).contains("--max-article-size");
        assertNoStackTrace(r);
    }
}
