package io.newsgraph.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class VerbosityTest {
    @Test
    void theFlagIsSeenFromTheSubcommandWhereverItIsGiven() {
        assertThat(verboseAfterParsing("extract", "-v", "in.txt")).isTrue();
        assertThat(verboseAfterParsing("-v", "extract", "in.txt")).isTrue();
        assertThat(verboseAfterParsing("extract", "in.txt")).isFalse();
    }

    @Test
    void oneRunsFlagDoesNotLeakIntoTheNext() {
        assertThat(verboseAfterParsing("extract", "--verbose", "in.txt")).isTrue();
        // A fresh command line per run: no state carried in a static.
        assertThat(verboseAfterParsing("extract", "in.txt")).isFalse();
    }

    @Test
    void theExtractionOptionsMixinSeesItToo() {
        CommandLine cli = Main.commandLine();
        cli.parseArgs("run", "-v", "in.txt");
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        assertThat(run.extraction.verbose()).isTrue();
    }

    private static boolean verboseAfterParsing(String... args) {
        CommandLine cli = Main.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        CommandLine ran = parsed.subcommand() == null ? cli : parsed.subcommand().commandSpec().commandLine();
        return Main.verbose(ran);
    }
}
