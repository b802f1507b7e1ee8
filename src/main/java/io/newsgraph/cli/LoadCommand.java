package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** newsgraph load: JSON Lines from 'newsgraph extract' into the embedded or an external Neo4j. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads into Neo4j: JSON Lines written by 'newsgraph extract' as they are, and articles",
                "(any other INPUT) after extracting them. The embedded database in --data by default, or an",
                "external server with --neo4j. Loading the same input again changes nothing; an article",
                "that is already in the database is replaced with its new evidence."})
public class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // -v/--verbose is inherited from the root command (VerbosityMixin, scope INHERIT).

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    InputsMixin inputs;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.inputs().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing INPUT: name JSON Lines files from 'newsgraph extract', or articles to extract and load.");
        }
        try (Neo4jTarget target = neo4j.open()) {
            GraphLoading loading = new GraphLoading(target, neo4j.batchSize(), err);
            GraphLoading.Outcome outcome = loading.inputs(inputs, extraction);
            out.println("Loaded " + outcome.counts().summary() + " into " + target.description());
            out.println("Graph now: " + loading.totals());
            if (target.server().isPresent()) {
                out.println("Browse it with: newsgraph serve --data " + neo4j.dataDir());
            } else {
                out.println("Browse it at: " + target.browserUrl());
            }
            out.flush();
            return outcome.problems() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
    }
}
