package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.model.stream.GraphSource;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.rdf.IriMinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The main job: articles in; the graph extracted, written as JSON Lines, RDF and a map, and
 * loaded into Neo4j; then the Browser URL. It composes the stages the other commands run alone.
 * The files are written in one pass over the graph ({@link RunFiles}), before the database is
 * touched, so a Neo4j failure loses none of them.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "The main job: articles in; graph loaded into Neo4j, RDF written, map drawn.",
        description = {"Reads the articles (the bundled examples/articles when no INPUT is given), extracts",
                "entities, facts and events, writes facts.jsonl, graph.ttl, graph.trig, the ontology and",
                "map.html into the output folder, loads the graph into Neo4j (embedded by default, or",
                "--neo4j URI). --serve keeps the embedded server running and prints a one-time link that opens",
                "Neo4j Browser signed in."})
public class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // -v/--verbose is inherited from the root command (VerbosityMixin, scope INHERIT).

    @Mixin
    InputsMixin inputs;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    Neo4jOptions neo4j;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "newsgraph-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the RDF data (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--serve", description = "Keep the embedded Neo4j and its Browser running until Ctrl-C.")
    boolean serve;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        if (serve && neo4j.external()) {
            throw new UserException(ExitCodes.USAGE, "--serve keeps the embedded server running; with --neo4j open that "
                    + "server's own Browser instead");
        }
        IriMinter iris = iris();
        prepareOutputDir();

        List<String> chosen = inputs.inputsOrExamples(true);
        ArticleGraphBuilder.Outcome outcome = ArticleGraphBuilder.build(inputs, chosen, extraction, System.in, err,
                Progress.forTerminal());
        Graph graph = outcome.graph();

        long tFiles = System.nanoTime();
        RunFiles.Written files = RunFiles.write(GraphSource.of(graph), outputDir, iris);
        List<Path> written = files.all();
        long filesMillis = millis(tFiles);

        long tLoad = System.nanoTime();
        Neo4jTarget target = openNeo4j(written);
        LoadCounts counts;
        String totals;
        try {
            counts = Neo4jLoader.load(target, graph);
            GraphLoading loading = new GraphLoading(target, neo4j.batchSize(), err);
            loading.refreshClaims();
            totals = loading.totals();
        } catch (RuntimeException e) {
            target.close();
            throw new UserException(ExitCodes.NEO4J, "loading into " + target.description() + " failed: "
                    + e.getMessage() + "; the files are written in " + outputDir, e);
        }
        long loadMillis = millis(tLoad);

        printFilesSummary(out, outcome, files, millis(t0), filesMillis, loadMillis);
        out.println("  Neo4j    : " + target.description() + ": " + counts.facts() + " facts loaded; now " + totals);
        int code = outcome.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        if (serve) {
            out.flush();
            Serving.untilStopped(target, out);
        } else {
            String url = target.browserUrl();
            boolean embedded = target.server().isPresent();
            target.close();
            if (embedded) {
                // No link to a server that has stopped: the next start has another password.
                out.println("  Browser  : run 'newsgraph serve --data " + neo4j.dataDir() + "' (or 'newsgraph run --serve')"
                        + " and open the sign-in link it prints");
            } else {
                out.println("  Browser  : " + url);
            }
            out.flush();
        }
        return code;
    }

    /** What was read and written, and how long each part took. */
    private static void printFilesSummary(PrintWriter out, ArticleGraphBuilder.Outcome outcome, RunFiles.Written files,
                                          long totalMillis, long filesMillis, long loadMillis) {
        Graph graph = outcome.graph();
        out.printf("newsgraph run: %d articles read, %d entities, %d facts (%d claims), %d events%n",
                graph.articles().size(), graph.entities().size(), graph.facts().size(),
                graph.facts().stream().filter(io.newsgraph.model.Fact::isClaim).count(), graph.events().size());
        if (outcome.anyFailed()) {
            out.printf("  problems : %d inputs skipped, %d articles failed extraction (see the lines above)%n",
                    outcome.inputErrors(), outcome.extractionFailures());
        }
        out.printf("  time     : %.1f s (extraction %.1f s, files %.1f s, Neo4j %.1f s)%n", totalMillis / 1000.0,
                outcome.extractMillis() / 1000.0, filesMillis / 1000.0, loadMillis / 1000.0);
        out.println("  facts    : " + files.facts());
        out.println("  RDF      : " + files.rdf().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        out.println("  map      : " + files.map().file() + " (" + files.map().nodes() + " nodes, " + files.map().edges()
                + " edges; open it in a browser)");
    }

    private IriMinter iris() {
        try {
            return new IriMinter(base);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--base " + base + ": " + e.getMessage());
        }
    }

    /** Fails before the expensive extraction when the output folder cannot be written. */
    private void prepareOutputDir() {
        try {
            Files.createDirectories(outputDir);
            Path probe = Files.createTempFile(outputDir, ".newsgraph-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UserException(ExitCodes.OUTPUT, "cannot write to the output folder " + outputDir + ": "
                    + AtomicFile.reason(e));
        }
    }

    private Neo4jTarget openNeo4j(List<Path> written) {
        try {
            return neo4j.open();
        } catch (UserException e) {
            throw new UserException(e.exitCode(), e.getMessage() + " (the files are written: "
                    + written.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")", e);
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
