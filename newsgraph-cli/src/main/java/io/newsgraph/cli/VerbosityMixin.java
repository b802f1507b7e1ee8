package io.newsgraph.cli;

import picocli.CommandLine.Option;

/**
 * -v/--verbose on every command: debug logging and full stack traces. Parsing only records the
 * flag; {@link Main#execute} turns debug logging on for the run and back off after it, so a parse
 * alone (a test of the options) never leaves the JVM logging at debug level.
 */
public class VerbosityMixin {
    private boolean verbose;

    @Option(names = {"-v", "--verbose"}, description = "Log debug output and print stack traces of errors.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    public boolean verbose() {
        return verbose;
    }
}
