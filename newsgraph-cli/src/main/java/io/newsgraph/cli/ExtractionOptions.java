package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.pipeline.ExtractionPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** --threads, and the one place where the CoreNLP models get loaded for a command. */
public class ExtractionOptions {
    /** The command this mixin belongs to, for the -v flag its root command holds. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for annotation and extraction (default: one per core).")
    Integer threads;

    public int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserException(ExitCodes.USAGE, "--threads must be at least 1, got " + n);
        }
        return n;
    }

    /** Whether -v was given: an article's extraction failure then prints its stack trace too. */
    public boolean verbose() {
        return mixee != null && Main.verbose(mixee.commandLine());
    }

    /** Loads the models (once per JVM) and says how long it took. */
    public ExtractionPipeline pipeline(PrintWriter err) {
        int n = threads();
        err.println("Loading CoreNLP models (about 30 s the first time in a process)...");
        err.flush();
        ExtractionPipeline p = ExtractionPipeline.create(n);
        err.printf("Models ready in %.1f s; extracting with %d thread%s.%n", p.modelLoadMillis() / 1000.0, n,
                n == 1 ? "" : "s");
        err.flush();
        return p;
    }
}
