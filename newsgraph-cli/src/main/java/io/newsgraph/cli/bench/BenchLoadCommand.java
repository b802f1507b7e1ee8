package io.newsgraph.cli.bench;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jException;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.bench.BareWrites;
import io.newsgraph.sink.neo4j.bench.CreateBaseline;
import io.newsgraph.sink.neo4j.bench.PhaseTimer;
import io.newsgraph.sink.neo4j.bench.SyntheticGraph;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * newsgraph bench load: loads a synthetic graph over Bolt into the embedded server in a temporary
 * folder, once with plain UNWIND ... CREATE (the baseline, in its own fresh store) and twice with
 * the loader (the second time every MERGE hits), and prints the rates.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Measures the Neo4j loader on a synthetic graph against a plain UNWIND ... CREATE of the same data.",
                "Nodes/s are timed over articles and entities (with their MENTIONS), relationships/s over facts.",
                "Each store first takes a tenth of the data with other ids (warm-up, untimed in the ratios); so does the bulk import.",
                "The bulk first load is timed without and with the indexes it creates afterwards (the loader maintains them as it writes).",
                "Bare writes (nodes with an id and a name, relationships with a fact id) show the server's ceiling. Targets on 2 cores: >= 80k nodes/s, >= 30k rels/s,",
                ">= 0.8 of CREATE, reload at least as fast."})
public class BenchLoadCommand implements Callable<Integer> {
    static final double TARGET_NODES = 80_000;
    static final double TARGET_RELS = 30_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--entities", defaultValue = "100000", description = "Entities (default: ${DEFAULT-VALUE}).")
    int entities;

    @Option(names = "--facts", defaultValue = "300000", description = "Facts (default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--articles", defaultValue = "0", description = "Articles; 0 means one per 100 entities.")
    int articles;

    @Option(names = "--batch-size", defaultValue = "" + Neo4jLoader.DEFAULT_BATCH,
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--page-cache", defaultValue = "1024", description = "Page cache in MiB (default: ${DEFAULT-VALUE}).")
    long pageCacheMiB;

    @Option(names = "--bulk-only", description = {"Only the loader's first load (after its warm-up) and the bulk first load,",
            "for the bulk-load-facts ratio on graphs too large to run every pass on."})
    boolean bulkOnly;

    @Option(names = "--bulk-input", defaultValue = "memory", description = {"What the bulk side's importer reads: memory (the",
            "tables in this process, as load --bulk) or files (CSV files, as before) (default: ${DEFAULT-VALUE})."})
    String bulkInput;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the synthetic graph (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Rates of one timed pass. */
    record Rates(double nodesPerSecond, double relsPerSecond, double nodeSeconds, double relSeconds, double nodeCpu,
                 double relCpu) {
        static Rates of(PhaseTimer t, SyntheticGraph g) {
            return new Rates(g.nodes() / t.nodeSeconds(), g.facts() / t.relationshipSeconds(), t.nodeSeconds(),
                    t.relationshipSeconds(), t.nodeCpuSeconds(), t.relationshipCpuSeconds());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (entities < 2 || facts < 0 || articles < 0 || batchSize < 1) {
            throw new UserException(ExitCodes.USAGE, "need --entities >= 2, --facts >= 0, --articles >= 0, --batch-size >= 1");
        }
        if (!List.of("memory", "files").contains(bulkInput)) {
            throw new UserException(ExitCodes.USAGE, "--bulk-input: memory or files, not " + bulkInput);
        }
        SyntheticGraph graph = new SyntheticGraph(articles == 0 ? Math.max(1, entities / 100) : articles, entities, facts, seed);
        out.printf(Locale.ROOT, "Synthetic graph: %,d articles, %,d entities, %,d facts; batches of %,d; %d cores%n",
                graph.articles(), graph.entities(), graph.facts(), batchSize, Runtime.getRuntime().availableProcessors());
        out.flush();
        Path tmp = Files.createTempDirectory("newsgraph-bench");
        try {
            // Each store first takes a tenth of the data with other ids, untimed: that pays for JIT
            // compilation and for Cypher planning of every query in that database (about a second
            // per store, which would otherwise land on whoever runs first), so the timed passes
            // measure what a load costs per record. The warm-up lines show the cold figures.
            SyntheticGraph warm = graph.disjoint("w", 10);
            if (bulkOnly) {
                return bulkAgainstFirstLoad(graph, warm, tmp, out);
            }
            Rates create = inServer(tmp.resolve("create"), t -> {
                timed(warm, new CreateBaseline(t.driver(), t.database(), batchSize), t, out, "warm-up, CREATE (cold store)", 0, 0);
                return timed(graph, new CreateBaseline(t.driver(), t.database(), batchSize), t, out, "CREATE baseline",
                        warm.nodes(), warm.relationships());
            });
            Rates[] merge = inServer(tmp.resolve("merge"), t -> {
                timed(warm, new Neo4jLoader(t.driver(), t.database(), batchSize), t, out, "warm-up, loader (cold store)", 0, 0);
                return new Rates[] {
                    timed(graph, new Neo4jLoader(t.driver(), t.database(), batchSize), t, out, "loader, first load",
                            warm.nodes(), warm.relationships()),
                    timed(graph, new Neo4jLoader(t.driver(), t.database(), batchSize), t, out,
                            "loader, second load (all MERGE hits)", warm.nodes(), warm.relationships())};
            });
            BareWrites.Rates bare = inServer(tmp.resolve("bare"), t -> {
                BareWrites writes = new BareWrites(t.driver(), t.database(), batchSize);
                writes.run("w", Math.max(2, graph.entities() / 10), graph.facts() / 10, seed + 1);
                BareWrites.Rates r = writes.run("", graph.entities(), graph.facts(), seed);
                out.printf(Locale.ROOT, "%-40s nodes %,9.0f/s                        facts %,9.0f rels/s%n",
                        "bare writes (id and name; factId only)", r.nodesPerSecond(), r.relsPerSecond());
                return r;
            });
            BulkFirstLoad.Times bulk = bulkFirstLoad(graph, warm, tmp.resolve("bulk"), out);
            report(out, create, merge[0], merge[1]);
            bulkLines(out, graph, merge[0], bulk);
            line(out, "bare_nodes", bare.nodesPerSecond(), "nodes/s", TARGET_NODES, "target_80000_nodes/s");
            line(out, "bare_rels", bare.relsPerSecond(), "rels/s", TARGET_RELS, "target_30000_rels/s");
            out.flush();
            return ExitCodes.OK;
        } finally {
            TempFolders.deleteTree(tmp);
        }
    }

    /** The loader's first load (after a warm-up in the same store) against the bulk first load, nothing else. */
    private int bulkAgainstFirstLoad(SyntheticGraph graph, SyntheticGraph warm, Path tmp, PrintWriter out) throws IOException {
        Rates first = inServer(tmp.resolve("merge"), t -> {
            timed(warm, new Neo4jLoader(t.driver(), t.database(), batchSize), t, out, "warm-up, loader (cold store)", 0, 0);
            return timed(graph, new Neo4jLoader(t.driver(), t.database(), batchSize), t, out, "loader, first load",
                    warm.nodes(), warm.relationships());
        });
        bulkLines(out, graph, first, bulkFirstLoad(graph, warm, tmp.resolve("bulk"), out));
        return ExitCodes.OK;
    }

    private BulkFirstLoad.Times bulkFirstLoad(SyntheticGraph graph, SyntheticGraph warm, Path dir, PrintWriter out) {
        return new BulkFirstLoad((home, work) -> inServer(home, true, work), out, "files".equals(bulkInput)).run(graph, warm, dir);
    }

    /**
     * A first load as a whole (nodes, then facts) against the same load through the importer:
     * files and importer only, and with the indexes the loader keeps up to date as it writes.
     */
    private static void bulkLines(PrintWriter out, SyntheticGraph graph, Rates loader, BulkFirstLoad.Times bulk) {
        double loaderSeconds = loader.nodeSeconds() + loader.relSeconds();
        double loaderCpu = loader.nodeCpu() + loader.relCpu();
        out.printf(Locale.ROOT, "process cpu: loader %.2f s, bulk %.2f s, with indexes %.2f s: ratio by cpu %.2f, with indexes %.2f%n",
                loaderCpu, bulk.cpu(), bulk.cpu() + bulk.indexCpu(), loaderCpu / bulk.cpu(), loaderCpu / (bulk.cpu() + bulk.indexCpu()));
        line(out, "bulk-load-facts", graph.facts() / bulk.withoutIndexes(), "facts/s", graph.facts() / loaderSeconds,
                "loader-first-load");
        line(out, "bulk-load-facts-indexed", graph.facts() / bulk.whole(), "facts/s", graph.facts() / loaderSeconds,
                "loader-first-load");
        out.flush();
    }

    private <T> T inServer(Path dir, Function<Neo4jTarget, T> work) {
        return inServer(dir, false, work);
    }

    /** Opens an embedded server on the folder (started as load --bulk starts it after its import, if so), runs the work, closes it. */
    private <T> T inServer(Path dir, boolean afterBulkImport, Function<Neo4jTarget, T> work) {
        EmbeddedSettings s = new EmbeddedSettings(dir, "localhost", 0, 0, null, pageCacheMiB << 20, afterBulkImport);
        try (Neo4jTarget target = Neo4jTarget.embedded(s)) {
            return work.apply(target);
        } catch (Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, e.getMessage(), e);
        }
    }

    /** Replays the graph into the sink, checks the database holds it (besides what was there before) and prints the rates. */
    private static Rates timed(SyntheticGraph graph, GraphSink sink, Neo4jTarget target, PrintWriter out, String what,
                               long nodesBefore, long relsBefore) {
        PhaseTimer timer = new PhaseTimer(sink);
        graph.replay(timer);
        checkHolds(target, what, nodesBefore + graph.nodes(), relsBefore + graph.relationships());
        Rates rates = Rates.of(timer, graph);
        out.printf(Locale.ROOT, "%-40s nodes %,9.0f/s (%.2f s, cpu %.2f s)   facts %,9.0f rels/s (%.2f s, cpu %.2f s)%s%n", what,
                rates.nodesPerSecond(), rates.nodeSeconds(), rates.nodeCpu(), rates.relsPerSecond(), rates.relSeconds(), rates.relCpu(),
                sink instanceof Neo4jLoader l ? "   " + summary(l.counts()) : "");
        out.flush();
        return rates;
    }

    /** Fails the bench when the database does not hold exactly the nodes and relationships expected. */
    static void checkHolds(Neo4jTarget target, String what, long nodes, long rels) {
        Record r = target.driver().executableQuery("""
                        CALL () { MATCH (n) RETURN count(n) AS nodes }
                        CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
                        RETURN nodes, rels""")
                .withConfig(QueryConfig.builder().withDatabase(target.database()).build()).execute().records().get(0);
        if (r.get("nodes").asLong() != nodes || r.get("rels").asLong() != rels) {
            throw new UserException(ExitCodes.FAILED, what + " left " + r.get("nodes").asLong() + " nodes and "
                    + r.get("rels").asLong() + " relationships, expected " + nodes + " and " + rels);
        }
    }

    private static String summary(LoadCounts c) {
        return c.nodesCreated() + " nodes / " + c.relationshipsCreated() + " rels created";
    }

    static void report(PrintWriter out, Rates create, Rates load, Rates reload) {
        out.printf(Locale.ROOT, "Targets: nodes %s (>= 80k/s), rels %s (>= 30k/s), vs CREATE %s/%s (>= 0.8), reload %s/%s (>= 1.0)%n",
                met(load.nodesPerSecond() >= TARGET_NODES), met(load.relsPerSecond() >= TARGET_RELS),
                met(load.nodesPerSecond() / create.nodesPerSecond() >= 0.8), met(load.relsPerSecond() / create.relsPerSecond() >= 0.8),
                met(reload.nodesPerSecond() >= load.nodesPerSecond()), met(reload.relsPerSecond() >= load.relsPerSecond()));
        line(out, "create_nodes", create.nodesPerSecond(), "nodes/s", TARGET_NODES, "target_80000_nodes/s");
        line(out, "create_rels", create.relsPerSecond(), "rels/s", TARGET_RELS, "target_30000_rels/s");
        line(out, "load_nodes", load.nodesPerSecond(), "nodes/s", create.nodesPerSecond(), "create_nodes");
        line(out, "load_rels", load.relsPerSecond(), "rels/s", create.relsPerSecond(), "create_rels");
        line(out, "reload_nodes", reload.nodesPerSecond(), "nodes/s", load.nodesPerSecond(), "load_nodes");
        line(out, "reload_rels", reload.relsPerSecond(), "rels/s", load.relsPerSecond(), "load_rels");
        out.flush();
    }

    private static String met(boolean ok) {
        return ok ? "met" : "MISSED";
    }

    private static void line(PrintWriter out, String figure, double value, String unit, double baseline, String what) {
        out.printf(Locale.ROOT, "bench %s %.0f %s ratio=%.2f baseline=%s%n", figure, value, unit, value / baseline, what);
    }
}
