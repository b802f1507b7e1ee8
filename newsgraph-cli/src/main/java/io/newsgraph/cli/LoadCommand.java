package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.sink.neo4j.ImportFiles;
import io.newsgraph.sink.neo4j.Neo4jSchema;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--bulk", description = {"First load of a new embedded database through Neo4j's offline importer,",
            "many times faster than transactions. Only when --data holds no database yet."})
    boolean bulk;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.required("name JSON Lines files from 'newsgraph extract', or articles to extract and load.");
        if (bulk) {
            return bulkLoad(out, err);
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

    private int bulkLoad(PrintWriter out, PrintWriter err) {
        if (neo4j.external()) {
            throw new UserException(ExitCodes.USAGE, "--bulk writes the embedded server's folder (--data); for your own "
                    + "server, write the import files with 'newsgraph export --format neo4j-import -o DIR' and run the "
                    + "neo4j-admin command it prints");
        }
        BulkLoading.Outcome outcome = new BulkLoading(neo4j.dataDir(), Neo4jTarget.EMBEDDED_DATABASE, err).load(inputs, extraction);
        ImportFiles.Counts c = outcome.counts();
        try (Neo4jTarget target = neo4j.openAfterBulkImport()) {
            // The importer writes data only: constraints, indexes and claims come as after a load.
            Neo4jSchema.apply(target.driver(), target.database());
            out.printf("Bulk-loaded %d articles, %d entities, %d events, %d facts into %s in %.1f s%n", c.articles(),
                    c.entities(), c.events(), c.facts(), target.description(), outcome.millis() / 1000.0);
            GraphLoading loading = new GraphLoading(target, neo4j.batchSize(), err);
            // The claims follow the facts, as after any load.
            loading.refreshClaims();
            out.println("Graph now: " + loading.totals());
            out.println("Browse it with: newsgraph serve --data " + neo4j.dataDir());
        }
        out.flush();
        return outcome.problems() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
}
