package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.ClaimNodes;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading into one Neo4j target, as load, serve and run share it: graph files as they are,
 * articles after extracting them, and the totals to report. Problems with single inputs are
 * printed to err and counted; a database failure is a {@link UserException} with exit code 3.
 */
final class GraphLoading {
    /** What a load of several inputs did, and how many inputs or lines were bad. */
    record Outcome(LoadCounts counts, long problems) {
    }

    private final Neo4jTarget target;
    private final int batchSize;
    private final PrintWriter err;

    GraphLoading(Neo4jTarget target, int batchSize, PrintWriter err) {
        this.target = target;
        this.batchSize = batchSize;
        this.err = err;
    }

    /**
     * Loads graph files as they are and extracts the other inputs first. Nothing at all to load
     * is exit code 5; some inputs bad is counted in the outcome's problems.
     */
    Outcome inputs(InputsMixin inputs, ExtractionOptions extraction) {
        GraphFiles.Split split = GraphFiles.split(inputs.inputs());
        List<Path> readable = readableInputs(split.graphFiles(), err);
        long problems = split.graphFiles().size() - readable.size();
        LoadCounts counts = LoadCounts.NONE;
        if (!readable.isEmpty()) {
            Outcome files = files(readable);
            counts = counts.plus(files.counts());
            problems += files.problems();
        }
        if (!split.articleInputs().isEmpty()) {
            try {
                ArticleGraphBuilder.Outcome built = ArticleGraphBuilder.build(inputs, split.articleInputs(), extraction,
                        System.in, err, Progress.forTerminal());
                counts = counts.plus(Neo4jLoader.load(target, built.graph()));
                problems += built.inputErrors() + built.extractionFailures();
            } catch (UserException e) {
                // No article among these inputs (each problem is already printed): fatal only when no graph file loaded.
                if (readable.isEmpty() || e.exitCode() != ExitCodes.FAILED) {
                    throw e;
                }
                problems += split.articleInputs().size();
            }
        } else if (readable.isEmpty()) {
            throw new UserException(ExitCodes.FAILED, "nothing to load: no readable input among "
                    + split.graphFiles().size() + " file(s)");
        }
        refreshClaims();
        return new Outcome(counts, problems);
    }

    /**
     * Brings the :Claim nodes up to date with what the loads wrote, so that every load, first or
     * incremental, leaves the claims' statuses and counts current: after the first, only the
     * claims the loaded articles touch are recomputed (ClaimNodes.refresh). Returns how many claims
     * there are.
     */
    int refreshClaims() {
        try {
            return ClaimNodes.refresh(target.driver(), target.database());
        } catch (org.neo4j.driver.exceptions.Neo4jException | io.newsgraph.sink.neo4j.Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, "updating the claims in " + target.description() + " failed: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Keeps the files that exist and can be read; each other one gets a line on err. */
    static List<Path> readableInputs(List<Path> files, PrintWriter err) {
        List<Path> ok = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("newsgraph: " + f + ": no such file");
            } else if (!Files.isReadable(f)) {
                err.println("newsgraph: " + f + ": not readable");
            } else {
                ok.add(f);
            }
        }
        err.flush();
        return ok;
    }

    /**
     * Streams each file into its own loader pass (a later file's articles replace an earlier
     * one's), reporting bad lines on err and keeping the good ones.
     */
    Outcome files(List<Path> files) {
        LoadCounts total = LoadCounts.NONE;
        long problems = 0;
        for (Path f : files) {
            Neo4jLoader loader = new Neo4jLoader(target.driver(), target.database(), batchSize);
            try {
                problems += streamFile(f, loader, err);
            } catch (org.neo4j.driver.exceptions.Neo4jException | io.newsgraph.sink.neo4j.Neo4jException e) {
                throw new UserException(ExitCodes.NEO4J, "loading " + f + " into " + target.description() + " failed: "
                        + firstLine(e.getMessage()), e);
            }
            total = total.plus(loader.counts());
        }
        return new Outcome(total, problems);
    }

    /**
     * Streams one graph file into a sink, keeping its good lines: each bad line, or a file that
     * cannot be read, gets one line on err. Returns how many there were.
     */
    static long streamFile(Path f, GraphSink sink, PrintWriter err) {
        long[] bad = new long[1];
        try (BufferedReader r = JsonLinesReader.open(f)) {
            JsonLinesReader.stream(r, f.toString(), sink, p -> {
                bad[0]++;
                err.println("newsgraph: " + p);
            });
        } catch (IOException e) {
            err.println("newsgraph: " + f + ": cannot read: " + e.getMessage());
            bad[0]++;
        }
        err.flush();
        return bad[0];
    }

    /** What the database holds now: nodes, relationships and facts of the graph, and the claims computed over it. */
    String totals() {
        Record r = target.driver().executableQuery("""
                        CALL () { MATCH (n) WHERE NOT n:Claim RETURN count(n) AS nodes }
                        CALL () { MATCH (a)-[r]->() WHERE NOT a:Claim RETURN count(r) AS rels }
                        CALL () { MATCH ()-[f]->() WHERE f.factId IS NOT NULL RETURN count(f) AS facts }
                        CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
                        RETURN nodes, rels, facts, claims""")
                .withConfig(QueryConfig.builder().withDatabase(target.database()).build()).execute().records().get(0);
        return r.get("nodes").asLong() + " nodes, " + r.get("rels").asLong() + " relationships ("
                + r.get("facts").asLong() + " facts), " + r.get("claims").asLong() + " claims";
    }

    private static String firstLine(String m) {
        if (m == null) {
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
