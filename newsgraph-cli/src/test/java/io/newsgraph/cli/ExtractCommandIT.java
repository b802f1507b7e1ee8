package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.ExampleGraph;
import io.newsgraph.JsonLinesContract;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'newsgraph extract' in-process, on one example article (the models are shared in the JVM;
 * RunCommandIT extracts all the examples): standard output and a file carry the same JSON Lines,
 * a missing INPUT is a usage error before any model loads, and a bad input among good ones costs
 * one line on stderr and exit 1, never the good article.
 */
class ExtractCommandIT {
    private static final Path ARTICLE = ExampleGraph.folder().resolve("musk-putin-calls.txt");

    private static Map<String, Article> texts() {
        return ExampleGraph.articlesById();
    }

    @Test
    void writesTheSameJsonLinesToStandardOutputAndToAFile(@TempDir Path tmp) throws IOException {
        CliRun toStdout = CliRun.of("extract", ARTICLE.toString());
        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        JsonLinesContract.Report report = JsonLinesContract.check(toStdout.out(), texts());
        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).containsExactly("musk-putin-calls");
        assertThat(report.facts()).isNotEmpty();
        // Only JSON on standard output: progress and the summary go to stderr.
        assertThat(toStdout.out().lines()).allMatch(l -> l.startsWith("{\"record\":"));
        assertThat(toStdout.err()).contains("1 articles, " + report.entities().size() + " entities, "
                + report.facts().size() + " facts");

        Path file = tmp.resolve("nested/facts.jsonl");
        CliRun toFile = CliRun.of("extract", ARTICLE.toString(), "-o", file.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).contains("-> " + file);
        assertThat(Files.readString(file)).isEqualTo(toStdout.out());

        CliRun dash = CliRun.of("extract", ARTICLE.toString(), "-o", "-");
        assertThat(dash.out()).isEqualTo(toStdout.out());
    }

    @Test
    void missingInputIsAUsageError() {
        CliRun r = CliRun.of("extract");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing INPUT", "Usage:").doesNotContain("Loading CoreNLP", "Exception", "newsgraph: internal error");
        assertThat(r.out()).isEmpty();
        // The root command without a subcommand is the same kind of mistake.
        CliRun none = CliRun.of();
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Missing command").doesNotContain("newsgraph: internal error");
    }

    @Test
    void aBadInputAmongGoodOnesCostsOneLineAndExitOne(@TempDir Path tmp) throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path missing = tmp.resolve("no-such-article.txt");
        Path file = tmp.resolve("facts.jsonl");
        CliRun r = CliRun.of("extract", empty.toString(), ARTICLE.toString(), missing.toString(), "-o", file.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(r.err().lines().filter(l -> l.contains(empty.toString()))).singleElement().asString()
                .isEqualTo(empty + ": empty file");
        assertThat(r.err().lines().filter(l -> l.contains(missing.toString()))).singleElement().asString()
                .isEqualTo(missing + ": no such file or directory");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        // The good article is extracted in full.
        JsonLinesContract.Report report = JsonLinesContract.check(file, texts());
        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).containsExactly("musk-putin-calls");
        assertThat(report.facts()).isNotEmpty();
    }

    @Test
    void onlyBadInputsWriteNothing(@TempDir Path tmp) throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Path file = tmp.resolve("facts.jsonl");
        CliRun r = CliRun.of("extract", empty.toString(), "-o", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains(empty + ": empty file", "no article could be read").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }
}
