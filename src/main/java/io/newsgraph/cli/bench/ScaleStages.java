package io.newsgraph.cli.bench;

import io.newsgraph.cli.ExitCodes;
import io.newsgraph.cli.UserException;
import io.newsgraph.extract.ExtractionPipeline;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.sink.GraphSink;
import io.newsgraph.sink.map.MapExporter;
import io.newsgraph.sink.map.MapFormat;
import io.newsgraph.sink.map.MapOptions;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jException;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jSchema;
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

    /** One stage's wall time and how many of its units it handled. */
    record Timing(double seconds, long units) {
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

    private final ExtractionPipeline pipeline;
    private final IriMinter iris = IriMinter.defaults();

    ScaleStages(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Runs every stage on the corpus, writing the store and the files under dir. */
    Result run(List<Article> corpus, long tokens, Path dir) {
        Map<Stage, Timing> t = new EnumMap<>(Stage.class);
        AtomicInteger failures = new AtomicInteger();
        long t0 = System.nanoTime();
        Graph graph = pipeline.extract(corpus, a -> { }, (a, e) -> failures.incrementAndGet());
        t.put(Stage.EXTRACT, new Timing(seconds(t0), tokens));
        return stagesAfterExtraction(graph, t, dir, failures.get());
    }

    /** Load, RDF and map over a graph already extracted (the warm-up extracts its own way). */
    Result stagesAfterExtraction(Graph graph, Map<Stage, Timing> t, Path dir, int failures) {
        long evidence = graph.facts().stream().mapToLong(f -> f.evidence().size()).sum();
        LoadRun load = loadIntoFreshStore(graph, dir.resolve("neo4j"));
        t.put(Stage.LOAD, load.timing());

        long r0 = System.nanoTime();
        long triples = 0;
        for (RdfFormat f : List.of(RdfFormat.TURTLE, RdfFormat.TRIG)) {
            Path file = dir.resolve(f == RdfFormat.TURTLE ? RdfExport.TURTLE_FILE : RdfExport.TRIG_FILE);
            triples += RdfExport.write(sink -> GraphSink.replay(graph, sink), f, iris, file).statements();
        }
        t.put(Stage.RDF, new Timing(seconds(r0), triples));

        long m0 = System.nanoTime();
        try {
            MapExporter.write(graph, dir.resolve("map.html"), MapFormat.HTML, MapOptions.whole());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.put(Stage.MAP, new Timing(seconds(m0), evidence));
        return new Result(t, graph.articles().size(), graph.entities().size(), graph.facts().size(), evidence,
                graph.events().size(), load.timing().units(), load.fixed(), failures);
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
                long s0 = System.nanoTime();
                Neo4jSchema.apply(target.driver(), target.database());
                schema = seconds(s0);
                long l0 = System.nanoTime();
                LoadCounts counts = Neo4jLoader.load(target, graph);
                load = new Timing(seconds(l0), counts.nodesCreated() + counts.relationshipsCreated());
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

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
