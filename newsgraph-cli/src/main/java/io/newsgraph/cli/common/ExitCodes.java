package io.newsgraph.cli.common;

/** The documented exit codes of every newsgraph command (README, "Exit codes"). */
public final class ExitCodes {
    /** Everything went through. */
    public static final int OK = 0;
    /** Some inputs failed; the rest were processed and written. */
    public static final int SOME_INPUTS_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Neo4j could not be reached, refused the credentials, or could not start. */
    public static final int NEO4J = 3;
    /** An output could not be written. */
    public static final int OUTPUT = 4;
    /** Nothing usable in the input at all, or an internal error. */
    public static final int FAILED = 5;

    private ExitCodes() {
    }
}
