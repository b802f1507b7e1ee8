package io.newsgraph.cli;

import io.newsgraph.ExampleRun;
import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * run writes the claims into its RDF files from articles: on the invented claims corpus
 * (src/test/resources/claims/articles, the articles of ClaimsCorpusIT) and on the examples, the
 * ng:Claim resources of graph.ttl and graph.trig are those {@code claims --format jsonl} prints for
 * the facts.jsonl of the same run, status, counts, articles, speakers and dates alike; and the
 * statuses are those a careful reader gives (expected-status.tsv).
 */
class ClaimsExportIT {
    private static final Path CORPUS = TestGraphs.repoRoot().resolve("newsgraph-core/src/test/resources/claims");

    @TempDir
    Path dir;

    @Test
    void runOnTheClaimsCorpusWritesTheStatusesOfTheClaimsCommand() throws Exception {
        Path out = dir.resolve("out");
        ExampleRun.Result run = ExampleRun.execute("run", CORPUS.resolve("articles").toString(), "-o", out.toString(),
                "--data", dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> expected = ClaimsExportTest.claimsCommand(out.resolve("facts.jsonl").toString());
        ClaimsExportTest.rdfFileHolds(out.resolve("graph.ttl"), expected);
        ClaimsExportTest.rdfFileHolds(out.resolve("graph.trig"), expected);

        int right = 0;
        int total = 0;
        for (String line : Files.readAllLines(CORPUS.resolve("expected-status.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            total++;
            String got = expected.get(f[0] + " " + f[1] + " " + f[2]);
            if (got != null && got.startsWith(f[3] + " ")) {
                right++;
            }
        }
        System.out.printf("ClaimsExportIT: %d claims in the RDF of run, %d of %d expected statuses%n", expected.size(), right, total);
        assertThat(right).isEqualTo(total);
    }

    @Test
    void runOnTheExamplesWritesTheClaimsOfItsFacts() throws Exception {
        ExampleRun.Result run = ExampleRun.first();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> expected = ClaimsExportTest.claimsCommand(ExampleRun.out("facts.jsonl").toString());
        assertThat(expected).isNotEmpty();
        ClaimsExportTest.rdfFileHolds(ExampleRun.out("graph.ttl"), expected);
        ClaimsExportTest.rdfFileHolds(ExampleRun.out("graph.trig"), expected);
    }
}
