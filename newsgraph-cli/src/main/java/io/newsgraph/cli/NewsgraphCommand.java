package io.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The root command: lists the subcommands; each subcommand is one class. */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Reads news articles and builds a knowledge graph of who did what to whom,",
                "every fact traced to the sentence that states it."},
        subcommands = {
            RunCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            SparqlCommand.class,
            MapCommand.class,
            ClaimsCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  some inputs failed; the rest were processed",
            "  2  usage error",
            "  3  Neo4j unreachable, refused the credentials, or could not start",
            "  4  output not writable",
            "  5  nothing could be processed, or an internal error"
        })
public class NewsgraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'newsgraph run' or 'newsgraph --help'.");
    }
}
