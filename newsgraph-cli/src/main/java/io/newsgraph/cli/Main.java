package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newsgraph.model.stream.AtomicFile;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point: runs the root command and turns failures into one-line messages and exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command in-process with the given output streams; tests call this. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        // -v turns debug logging on globally; an in-process caller (tests, bench) must not keep it.
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("io.newsgraph");
        Level rootLevel = root.getLevel();
        Level ourLevel = ours.getLevel();
        cli.setExecutionStrategy(parsed -> {
            if (verbose(cli)) {
                root.setLevel(Level.DEBUG);
                ours.setLevel(Level.DEBUG);
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        try {
            return cli.execute(args);
        } finally {
            root.setLevel(rootLevel);
            ours.setLevel(ourLevel);
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                // A usage error a command finds itself (e.g. no INPUT): the same message, usage and
                // exit code 2 as one picocli finds while parsing, not an internal error.
                return commandLine.getParameterExceptionHandler().handleParseException(pe,
                        parseResult.originalArgs().toArray(String[]::new));
            }
            PrintWriter err = commandLine.getErr();
            int code = exitCode(ex);
            boolean expected = code != ExitCodes.FAILED || ex instanceof UserException;
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("newsgraph: " + (expected ? "" : "internal error: ") + message);
            if (verbose(commandLine)) {
                ex.printStackTrace(err);
            } else if (!expected) {
                err.println("(run again with -v for the stack trace)");
            }
            err.flush();
            return code;
        });
        cli.setExitCodeExceptionMapper(Main::exitCode);
        return cli;
    }

    /**
     * Whether -v was given for this run. The flag belongs to the root command's mixin and every
     * subcommand inherits it, so it is read from the root of the command line that ran, not from
     * a static: two in-process runs (tests, bench) never see each other's flag.
     */
    static boolean verbose(CommandLine commandLine) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof NewsgraphCommand command && command.verbosity.verbose();
    }

    /** User-facing failures carry their exit code; an unwritable output is 4; anything else is a bug. */
    static int exitCode(Throwable ex) {
        if (ex instanceof UserException ue) {
            return ue.exitCode();
        }
        if (ex instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof AtomicFile.OutputException) {
            return ExitCodes.OUTPUT;
        }
        return ExitCodes.FAILED;
    }
}
