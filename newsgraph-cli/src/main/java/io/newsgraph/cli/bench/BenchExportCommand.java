package io.newsgraph.cli.bench;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.rdf.ExportStats;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;
import io.newsgraph.sink.rdf.RdfGraphSink;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * bench export: how fast the RDF sink streams a large graph. A synthetic graph is generated on
 * the fly (never held) and streamed through the same sink and writers as {@code newsgraph export};
 * the baseline is Jena writing the triples of a smaller sample of the same graph from an in-memory
 * graph, so the ratio shows what our conversion costs on top of Jena's own writer. Output goes to
 * a byte-counting null stream so that the shared disk does not decide the figure.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Benchmarks the streaming RDF export (N-Triples and Turtle) over a",
                "synthetic graph generated on the fly, against Jena writing a sample of",
                "the same triples from memory."})
public class BenchExportCommand implements Callable<Integer> {
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Spec
    CommandSpec spec;

    @Option(names = "--facts", defaultValue = "1000000", description = "Facts in the synthetic graph (default: ${DEFAULT-VALUE}).")
    long facts;

    @Option(names = "--baseline-facts", defaultValue = "20000",
            description = "Facts in the in-memory sample Jena writes for the baseline (default: ${DEFAULT-VALUE}).")
    long baselineFacts;

    @Option(names = "--seed", defaultValue = "20241025", description = "Random seed of the synthetic graph.")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchExportCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (facts < 1 || baselineFacts < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--facts and --baseline-facts must be at least 1");
        }
        IriMinter iris = IriMinter.defaults();
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "synthetic graph: %,d facts, %,d entities, %,d events, %,d articles; max heap %d MB%n",
                facts, Synthetic.entities(facts), Synthetic.events(facts), Synthetic.articles(facts), maxHeap >> 20);
        out.flush();

        // Warm up the JIT on a small graph so the first format does not pay for it.
        for (RdfFormat f : List.of(RdfFormat.NTRIPLES, RdfFormat.TURTLE)) {
            RdfExport.write(sink -> Synthetic.generate(sink, Math.min(20_000, facts), seed), f, iris, new CountingOutputStream());
        }

        resetPeaks();
        List<Figure> figures = streamed(out, iris);
        long peak = peakHeapUsed();
        figures = withBaselines(figures, iris);
        for (Figure fig : figures) {
            out.printf(Locale.ROOT, "bench %s %.0f %s ratio=%.2f baseline=%s%n", fig.name(), fig.value(), fig.unit(),
                    fig.value() / fig.baseline(), fig.baselineName());
        }
        out.printf(Locale.ROOT, "bench export-peak-heap %d MB ratio=%.2f baseline=max-heap-%dMB%n",
                peak >> 20, (double) peak / maxHeap, maxHeap >> 20);
        out.flush();
        return 0;
    }

    private record Figure(String name, double value, String unit, double baseline, String baselineName) {
    }

    /** Each format streamed over the whole synthetic graph: triples per second of wall time and of CPU time. */
    private List<Figure> streamed(PrintWriter out, IriMinter iris) {
        List<Figure> figures = new ArrayList<>();
        for (RdfFormat f : List.of(RdfFormat.NTRIPLES, RdfFormat.TURTLE)) {
            CountingOutputStream sinkOut = new CountingOutputStream();
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ExportStats stats = RdfExport.write(sink -> Synthetic.generate(sink, facts, seed), f, iris, sinkOut);
            double cpuSecs = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%s streamed: %,d triples, %,d MB in %.1f s (%.1f s CPU)%n", f.cliName(),
                    stats.statements(), sinkOut.count >> 20, secs, cpuSecs);
            out.flush();
            figures.add(new Figure("export-" + f.cliName(), stats.statements() / secs, "triples/s", 0, null));
            // The machine may be shared: triples per CPU second of the exporting thread shows the cost
            // without the time spent waiting for a core.
            figures.add(new Figure("export-" + f.cliName() + "-cpu", stats.statements() / cpuSecs, "triples/cpu-s", 0, null));
        }
        return figures;
    }

    /** The baseline of each figure: the triples of a sample, already in an in-memory graph, written by Jena alone (best of 3). */
    private List<Figure> withBaselines(List<Figure> figures, IriMinter iris) {
        Graph sample = GraphFactory.createDefaultGraph();
        new RdfGraphSinkFeeder(sample, iris).feed(baselineFacts, seed);
        List<Figure> out = new ArrayList<>();
        for (Figure fig : figures) {
            RDFFormat jenaFormat = fig.name().contains("ntriples") ? RDFFormat.NTRIPLES : RDFFormat.TURTLE_BLOCKS;
            boolean cpu = fig.name().endsWith("-cpu");
            double best = 0;
            for (int run = 0; run < 3; run++) {
                long t0 = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
                StreamRDFWriter.write(new CountingOutputStream(), sample, jenaFormat);
                long t1 = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
                best = Math.max(best, sample.size() / ((t1 - t0) / 1e9));
            }
            out.add(new Figure(fig.name(), fig.value(), fig.unit(), best,
                    "jena-" + jenaFormat.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                            + "-from-memory-" + sample.size() + "-triples"));
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Builds the baseline sample in memory through the same RDF sink. */
    private record RdfGraphSinkFeeder(Graph graph, IriMinter iris) {
        void feed(long facts, long seed) {
            Synthetic.generate(new RdfGraphSink(StreamRDFLib.graph(graph), iris, false), facts, seed);
        }
    }

    /** Discards bytes and counts them. */
    static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * A deterministic synthetic news graph, generated record by record: entities of every type,
     * events, and facts over every core predicate with a mix of negated, hypothetical and reported
     * statements, one or two pieces of evidence each.
     */
    static final class Synthetic {
        private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
            EntityType.PRODUCT, EntityType.OTHER};
        private static final Predicate[] PREDICATES = Predicate.values();

        static long articles(long facts) {
            return Math.max(1, facts / 50);
        }

        static long entities(long facts) {
            return Math.max(2, facts / 20);
        }

        static long events(long facts) {
            return facts / 10;
        }

        static String entityId(long i) {
            return TYPES[(int) (i % TYPES.length)].idPrefix() + "/entity-" + i;
        }

        static String articleId(long i) {
            return "bench-" + i;
        }

        static void generate(GraphSink sink, long facts, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            long articles = articles(facts);
            long entities = entities(facts);
            sink.start();
            for (long i = 0; i < articles; i++) {
                sink.article(new Article(articleId(i), "Synthetic report number " + i, "Bench Wire",
                        "2025-" + String.format(Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28),
                        "https://example.org/bench/" + i, "Bench Writer", null, ""));
            }
            for (long i = 0; i < entities; i++) {
                EntityType t = TYPES[(int) (i % TYPES.length)];
                sink.entity(new Entity(entityId(i), "Entity " + i, t, List.of("Entity " + i, "E" + i),
                        1 + (int) (i % 9), List.of(articleId(i % articles))));
            }
            for (long i = 0; i < events(facts); i++) {
                long a = rnd.nextLong(entities);
                long b = rnd.nextLong(entities);
                sink.event(new Event("event/bench-" + i, PREDICATES[(int) (i % PREDICATES.length)], articleId(i % articles),
                        (int) (i % 40), List.of(new Participant(Role.AGENT, entityId(a)), new Participant(Role.RECIPIENT, entityId(b))),
                        "2025-03", null));
            }
            for (long i = 0; i < facts; i++) {
                long s = rnd.nextLong(entities);
                long o = rnd.nextLong(entities);
                Predicate p = PREDICATES[(int) (i % PREDICATES.length)];
                Polarity pol = i % 10 == 3 ? Polarity.NEGATIVE : Polarity.POSITIVE;
                Modality mod = i % 7 == 2 ? Modality.HYPOTHETICAL : i % 5 == 1 ? Modality.REPORTED : Modality.ASSERTED;
                long article = i % articles;
                int sentence = (int) (i % 40);
                String text = "Entity " + s + " " + p.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " Entity " + o
                        + ", the report said on day " + (i % 28) + ".";
                Evidence e1 = new Evidence(articleId(article), sentence, sentence * 120, sentence * 120 + text.length(),
                        text, "verb-frame", 0.5 + rnd.nextInt(50) / 100.0);
                List<Evidence> evidence = i % 8 == 0
                        ? List.of(e1, new Evidence(articleId((article + 1) % articles), sentence, 40, 40 + text.length(), text,
                                "role-title", 0.6))
                        : List.of(e1);
                sink.fact(new Fact("fact/bench-" + i, "Entity " + s, p, "Entity " + o, entityId(s), entityId(o), pol, mod,
                        mod == Modality.REPORTED ? "Source " + (i % 100) : null,
                        i % 10 == 0 ? "event/bench-" + (i / 10) : null, i % 3 == 0 ? "2025-03-0" + (1 + i % 9) : null,
                        null, evidence));
            }
            sink.finish();
        }
    }
}
