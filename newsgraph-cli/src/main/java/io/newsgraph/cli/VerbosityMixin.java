package io.newsgraph.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** -v/--verbose on every command: debug logging and full stack traces. */
public class VerbosityMixin {
    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Log debug output and print stack traces of errors.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
            ((Logger) LoggerFactory.getLogger("io.newsgraph")).setLevel(Level.DEBUG);
        }
    }

    public boolean verbose() {
        return verbose;
    }
}
