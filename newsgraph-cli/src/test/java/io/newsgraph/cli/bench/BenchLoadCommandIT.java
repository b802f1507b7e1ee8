package io.newsgraph.cli.bench;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny run of 'bench load': checks that it completes and prints its figures in the agreed form, not speed. */
class BenchLoadCommandIT {
    @Test
    void printsOneLinePerFigure() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchLoadCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--entities", "400", "--facts", "1200", "--articles", "8", "--batch-size", "250");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("bench ")).toList())
                .hasSize(10)
                .allMatch(l -> l.matches("bench [a-z_-]+ \\d+ (nodes|rels|facts)/s ratio=\\d+\\.\\d\\d baseline=\\S+"))
                .anyMatch(l -> l.startsWith("bench bulk-load-facts ") && l.endsWith(" baseline=loader-first-load"))
                .anyMatch(l -> l.startsWith("bench bulk-load-facts-indexed ") && l.endsWith(" baseline=loader-first-load"));
        assertThat(out.toString()).contains("loader, second load (all MERGE hits)").contains("0 nodes / 0 rels created")
                .contains("bare writes").contains("bulk first load (neo4j importer)");
    }

    @Test
    void bulkOnlyRunsTheFirstLoadAndTheImporterOnly() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchLoadCommand());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("--entities", "300", "--facts", "900", "--articles", "6", "--bulk-only");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("bench ")).toList()).hasSize(2)
                .allMatch(l -> l.startsWith("bench bulk-load-facts") && l.endsWith(" baseline=loader-first-load"));
        assertThat(out.toString()).contains("loader, first load", "warm-up, bulk (cold importer)", "bulk first load (neo4j importer)",
                        "with indexes", "ratio by cpu")
                .doesNotContain("CREATE baseline", "second load", "bare writes");
    }
}
