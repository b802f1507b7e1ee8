package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** newsgraph serve: the embedded Neo4j with Browser, loaded with any inputs, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the embedded Neo4j (Bolt, HTTP and Neo4j Browser on localhost), loads any inputs",
                "(JSON Lines from 'newsgraph extract', or articles, extracted first), prints a one-time",
                "Browser sign-in link (or, with --password, the Browser URL), and serves until Ctrl-C."})
public class ServeCommand implements Callable<Integer> {
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
        if (neo4j.external()) {
            throw new UserException(ExitCodes.USAGE, "serve runs the embedded Neo4j; to load into the server at --neo4j use "
                    + "'newsgraph load' and open that server's Browser");
        }
        Neo4jTarget target = neo4j.open();
        int code = ExitCodes.OK;
        try {
            GraphLoading loading = new GraphLoading(target, neo4j.batchSize(), err);
            if (!inputs.inputs().isEmpty()) {
                GraphLoading.Outcome outcome = loading.inputs(inputs, extraction);
                out.println("Loaded " + outcome.counts().summary());
                if (outcome.problems() > 0) {
                    code = ExitCodes.SOME_INPUTS_FAILED;
                }
            }
            out.println("Graph: " + loading.totals());
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
        Serving.untilStopped(target, out);
        return code;
    }
}
