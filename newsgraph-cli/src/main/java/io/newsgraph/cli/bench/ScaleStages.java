package io.newsgraph.cli.bench;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.map.MapExporter;
import io.newsgraph.sink.map.MapFormat;
import io.newsgraph.sink.map.MapOptions;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jException;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stages of {@code newsgraph run}, each timed on its own, over one corpus: extraction and
 * resolution, a load into a fresh embedded Neo4j, Turtle and TriG, and the HTML map. Starting the
 * server, creating the schema in the empty store (seconds, whatever the corpus: index population
 * is awaited) and stopping the server are timed apart from the load, as the model load is apart
 * from extraction: they are fixed costs that would hide how the load itself grows.
 */
final class ScaleStages {
    /** A timed stage and the unit its rate is counted in. */
    enum Stage {
        EXTRACT("extract", "tokens/s"),
        LOAD("load", "elements/s"),
        RDF("rdf", "triples/s"),
        MAP("map", "evidence/s");

        final String label;
        final String rateUnit;

        Stage(String label, String rateUnit) {
            this.label = label;
            this.rateUnit = rateUnit;
        }
    }

    /**
     * One stage's wall time, the CPU time of the whole process meanwhile (all its threads: GC,
     * JIT and the embedded server included; steadier than wall time on a shared machine), and how
     * many of its units it handled.
     */
    record Timing(double seconds, double cpuSeconds, long units) {
        double rate() {
            return seconds > 0 ? units / seconds : 0;
        }
    }

    /** What one corpus gave: stage timings, graph sizes and how long the server took to start. */
    record Result(Map<Stage, Timing> timings, int articles, int entities, int facts, long evidence, int events,
                  long neo4jElements, Neo4jFixed neo4j, int failures) {
    }

    /** The fixed costs of a fresh embedded store, in seconds. */
    record Neo4jFixed(double start, double schema, double stop) {
    }

    /** Stages under a second are timed this many times, keeping the fastest: one GC pause would decide them otherwise. */
    static final int QUICK_REPEATS = 3;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final ExtractionPipeline pipeline;
    private final IriMinter iris = IriMinter.defaults();

    ScaleStages(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Runs every stage on the corpus, writing the store and the files under dir. */
    Result run(List<Article> corpus, long tokens, Path dir) {
        Map<Stage, Timing> t = new EnumMap<>(Stage.class);
        AtomicInteger failures = new AtomicInteger();
        long[] c = clock();
        Graph graph = pipeline.extract(corpus, a -> { }, (a, e) -> failures.incrementAndGet());
        t.put(Stage.EXTRACT, since(c, tokens));
        return stagesAfterExtraction(graph, t, dir, failures.get());
    }

    /** Load, RDF and map over a graph already extracted (the warm-up extracts its own way). */
    Result stagesAfterExtraction(Graph graph, Map<Stage, Timing> t, Path dir, int failures) {
        long evidence = graph.facts().stream().mapToLong(f -> f.evidence().size()).sum();
        LoadRun load = loadIntoFreshStore(graph, dir.resolve("neo4j"));
        t.put(Stage.LOAD, load.timing());

        t.put(Stage.RDF, fastest(() -> {
            long triples = 0;
            for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
                Path file = dir.resolve(f == RdfFormat.TURTLE ? RdfExport.TURTLE_FILE : RdfExport.TRIG_FILE);
                triples += RdfExport.write(sink -> GraphSink.replay(graph, sink), f, iris, file).statements();
            }
            return triples;
        }));
        t.put(Stage.MAP, fastest(() -> {
            try {
                MapExporter.write(graph, dir.resolve("map.html"), MapFormat.HTML, MapOptions.whole());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return evidence;
        }));
        return new Result(t, graph.articles().size(), graph.entities().size(), graph.facts().size(), evidence,
                graph.events().size(), load.timing().units(), load.fixed(), failures);
    }

    /** The fastest of {@link #QUICK_REPEATS} runs; the work returns its units. */
    private static Timing fastest(java.util.function.LongSupplier work) {
        Timing best = null;
        for (int i = 0; i < QUICK_REPEATS; i++) {
            long[] c = clock();
            long units = work.getAsLong();
            Timing t = since(c, units);
            if (best == null || t.seconds() < best.seconds()) {
                best = t;
            }
        }
        return best;
    }

    private record LoadRun(Timing timing, Neo4jFixed fixed) {
    }

    private static LoadRun loadIntoFreshStore(Graph graph, Path store) {
        EmbeddedSettings settings = new EmbeddedSettings(store, "localhost", 0, 0, null, EmbeddedSettings.DEFAULT_PAGE_CACHE);
        try {
            long t0 = System.nanoTime();
            Neo4jTarget target = Neo4jTarget.embedded(settings);
            double start = seconds(t0);
            double schema;
            Timing load;
            double stop;
            try {
                // Loading nothing first creates the schema and the load lease's constraint, which
                // take seconds in an empty store whatever the corpus.
                long s0 = System.nanoTime();
                Neo4jLoader.load(target, Graph.empty());
                schema = seconds(s0);
                long[] c = clock();
                LoadCounts counts = Neo4jLoader.load(target, graph);
                load = since(c, counts.nodesCreated() + counts.relationshipsCreated());
            } finally {
                long c0 = System.nanoTime();
                target.close();
                stop = seconds(c0);
            }
            return new LoadRun(load, new Neo4jFixed(start, schema, stop));
        } catch (Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, "the embedded Neo4j in " + store + ": " + e.getMessage(), e);
        }
    }

    static String sizes(Result r) {
        return String.format(Locale.ROOT, "%,d articles, %,d entities, %,d facts, %,d evidence, %,d events; %,d Neo4j nodes+relationships",
                r.articles(), r.entities(), r.facts(), r.evidence(), r.events(), r.neo4jElements());
    }

    /** Starts a stopwatch of wall and process CPU time. */
    static long[] clock() {
        return new long[] {System.nanoTime(), PROCESS.getProcessCpuTime()};
    }

    static Timing since(long[] clock, long units) {
        return new Timing(seconds(clock[0]), (PROCESS.getProcessCpuTime() - clock[1]) / 1e9, units);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
