package io.newsgraph.extract;

import io.newsgraph.cli.bench.BenchExtractCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract benchmark on a tiny made-up corpus: every figure line is printed in the agreed form, the
 * speed-up against the full annotator set among them. */
class BenchExtractCommandTest {
    @Test
    void printsOneLinePerFigure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Laura Becker, the chief executive of Northwind Energy, met Olaf Brandt in Oslo.");
        Files.writeString(dir.resolve("b.md"), "Olaf Brandt asked Julia Moreno to sell Harbor Logistics.");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchExtractCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--input", dir.toString(), "--threads", "2", "--no-warmup");
        assertThat(code).isZero();
        var lines = out.toString().lines().filter(l -> l.startsWith("bench ")).toList();
        assertThat(lines).hasSize(14);
        assertThat(lines).allMatch(l -> l.matches("bench [a-z0-9-]+ [0-9.]+ \\S+ ratio=[0-9.]+ baseline=\\S+"));
        assertThat(out.toString()).contains("bench own-stages-overhead ", "bench extract-tokens-per-s-2-threads ");
        assertThat(lines).anyMatch(l -> l.matches("bench extract-speedup-1-thread [0-9.]+ x ratio=[0-9.]+ baseline=corenlp-full-pipeline-1-thread"))
                .anyMatch(l -> l.matches("bench extract-scaling-2-threads [0-9.]+ x ratio=[0-9.]+ baseline=extract-1-thread"))
                .anyMatch(l -> l.startsWith("bench model-load ")).anyMatch(l -> l.startsWith("bench heap-used "))
                .anyMatch(l -> l.startsWith("bench heap-per-extra-thread "));
        // the speed-up and the scaling are ratios themselves: the line's ratio is the figure
        assertThat(lines.stream().filter(l -> l.startsWith("bench extract-speedup-1-thread ") || l.startsWith("bench extract-scaling-")))
                .hasSize(2).allSatisfy(l -> assertThat(l.split(" ")[2]).isEqualTo(l.split(" ")[4].substring("ratio=".length())));
    }

    @Test
    void missingInputIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchExtractCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> ex instanceof io.newsgraph.cli.common.UserException ue ? ue.exitCode() : 99);
        assertThat(cli.execute("--input", "/nonexistent/corpus")).isEqualTo(2);
    }
}
