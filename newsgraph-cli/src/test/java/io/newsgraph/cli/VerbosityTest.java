package io.newsgraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

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

    @Test
    void parsingTheFlagLeavesTheLogLevelsAsTheyWere() {
        // Debug logging belongs to a run (Main.execute), not to a parse: a parse that switched it on
        // for good left every later test of this JVM logging Jetty and Neo4j at debug level.
        Level root = logger(Logger.ROOT_LOGGER_NAME).getLevel();
        Level ours = logger("io.newsgraph").getLevel();
        assertThat(verboseAfterParsing("-v", "extract", "in.txt")).isTrue();
        assertThat(logger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(root).isNotEqualTo(Level.DEBUG);
        assertThat(logger("io.newsgraph").getLevel()).isEqualTo(ours).isNotEqualTo(Level.DEBUG);
    }

    @Test
    void aVerboseRunGivesTheLogLevelsBackWhenItEnds() {
        Level root = logger(Logger.ROOT_LOGGER_NAME).getLevel();
        StringWriter out = new StringWriter();
        assertThat(Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "-v", "--version"))
                .isZero();
        assertThat(out.toString()).isNotBlank();
        assertThat(logger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(root).isNotEqualTo(Level.DEBUG);
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    private static boolean verboseAfterParsing(String... args) {
        CommandLine cli = Main.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        CommandLine ran = parsed.subcommand() == null ? cli : parsed.subcommand().commandSpec().commandLine();
        return Main.verbose(ran);
    }
}
