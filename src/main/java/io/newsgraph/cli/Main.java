package io.newsgraph.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/** Entry point: runs the root command and turns failures into one-line messages and exit codes. */
public final class Main {
    static final AtomicBoolean VERBOSE = new AtomicBoolean();

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command in-process with the given output streams; tests call this. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        VERBOSE.set(false);
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = ex instanceof UserException ue ? ue.exitCode() : ExitCodes.FAILED;
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("newsgraph: " + (ex instanceof UserException ? "" : "internal error: ") + message);
            if (VERBOSE.get()) {
                ex.printStackTrace(err);
            } else if (!(ex instanceof UserException)) {
                err.println("(run again with -v for the stack trace)");
            }
            err.flush();
            return code;
        });
        cli.setExitCodeExceptionMapper(ex -> ex instanceof UserException ue ? ue.exitCode() : ExitCodes.FAILED);
        return cli;
    }
}
