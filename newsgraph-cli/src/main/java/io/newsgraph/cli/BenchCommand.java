package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.bench.BenchExportCommand;
import io.newsgraph.cli.bench.BenchExtractCommand;
import io.newsgraph.cli.bench.BenchLoadCommand;
import io.newsgraph.cli.bench.BenchProfileCommand;
import io.newsgraph.cli.bench.BenchScaleCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * newsgraph bench: the speed figures of each stage against its baseline. With no subcommand it
 * runs the speed benchmarks (not scale), one after the other in this process, and ends with every
 * figure line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed against baselines; each figure ends as one line:",
                "  bench <figure> <value> <unit> ratio=<value/baseline> baseline=<what>",
                "With no subcommand, runs extract, load and export with their defaults;",
                "scale (growth with the corpus, several minutes) and profile (where extraction",
                "time goes, minutes) run only when named."},
        subcommands = {BenchExtractCommand.class, BenchLoadCommand.class, BenchExportCommand.class,
            BenchScaleCommand.class, BenchProfileCommand.class})
public class BenchCommand implements Callable<Integer> {
    /** What plain 'bench' runs: the speed figures. 'scale' repeats whole runs and takes minutes. */
    static final java.util.Set<String> DEFAULT_SUBCOMMANDS = java.util.Set.of("extract", "load", "export");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder figures = new StringBuilder();
        int worst = ExitCodes.OK;
        for (CommandLine sub : spec.commandLine().getSubcommands().values()) {
            if (!DEFAULT_SUBCOMMANDS.contains(sub.getCommandName())) {
                continue;
            }
            out.println("== bench " + sub.getCommandName());
            out.flush();
            java.io.StringWriter captured = new java.io.StringWriter();
            PrintWriter tee = new PrintWriter(new TeeWriter(out, captured), true);
            sub.setOut(tee);
            sub.setErr(spec.commandLine().getErr());
            int code = sub.execute();
            sub.setOut(out);
            worst = Math.max(worst, code);
            captured.toString().lines().filter(l -> l.startsWith("bench ")).forEach(l -> figures.append(l).append('\n'));
        }
        out.println();
        out.println("== all figures");
        out.print(figures);
        out.flush();
        return worst;
    }

    /** Copies what a sub-benchmark prints to the terminal and keeps it for the closing table. */
    private static final class TeeWriter extends java.io.Writer {
        private final List<java.io.Writer> targets;

        TeeWriter(java.io.Writer a, java.io.Writer b) {
            this.targets = List.of(a, b);
        }

        @Override
        public void write(char[] buf, int off, int len) throws java.io.IOException {
            for (java.io.Writer w : targets) {
                w.write(buf, off, len);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            for (java.io.Writer w : targets) {
                w.flush();
            }
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
