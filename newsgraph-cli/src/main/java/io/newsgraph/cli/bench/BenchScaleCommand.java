package io.newsgraph.cli.bench;

import io.newsgraph.resolve.Resolver;
import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.bench.ScaleStages.Result;
import io.newsgraph.cli.bench.ScaleStages.Stage;
import io.newsgraph.cli.bench.ScaleStages.Timing;
import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.SharedPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * bench scale: how the cost of each stage grows with the corpus. The input is copied k times for
 * each factor k ({@link CorpusCopies}) and every stage of {@code run} is timed on the copies
 * ({@link ScaleStages}), after one untimed warm-up pass of every stage at 1x so that the first
 * factor does not pay for JIT compilation. Time is compared with linear growth from the smallest
 * factor; heap is the peak after GC ({@link HeapAfterGc}) of each factor.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = {"Measures how time and heap grow with the corpus: for each factor k, a corpus of k copies",
                "of the input articles (default: the bundled examples/articles) is extracted, loaded into a fresh",
                "embedded Neo4j in a temporary folder, exported as Turtle and TriG and drawn as the HTML map, each",
                "stage timed. The copies are distinct articles (own id and url) with the same text, so entities",
                "stay the same while articles, mentions and evidence grow k times, like a story repeated by many",
                "outlets. The CoreNLP model load is timed once, apart. 'vs linear' is (time at k / k) divided by",
                "(time at the smallest factor / that factor): 1.00 is linear growth; it is given for wall time and for",
                "the process's CPU time, which a shared machine disturbs less. RDF and map take the fastest of 3 runs.",
                "Peak heap after GC: the largest heap in use right after any garbage collection during that",
                "factor's stages (summed over the heap pools, from GC notifications; a full GC is forced at the",
                "end of each factor). It includes the CoreNLP models, reported alone first.",
                "Ends with one line per figure: bench <figure> <value> <unit> ratio=<value/baseline> baseline=<what>.",
                "Takes minutes (the 16x corpus of the examples is ~56k tokens); plain 'bench' does not run it."})
public class BenchScaleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputsMixin inputs;

    @Option(names = "--factors", split = ",", paramLabel = "K", defaultValue = "1,4,16",
            description = "Corpus sizes as multiples of the input (default: ${DEFAULT-VALUE}).")
    List<Integer> factors;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Extraction threads (default: ${DEFAULT-VALUE}, like the tokens/s figures of bench extract).")
    int threads;

    @Option(names = "--no-warmup",
            description = {"Skip the untimed warm-up of load, RDF and map (the input is still annotated once, to count",
                    "its tokens); the first factor then also pays for JIT compilation and the ratios read low."})
    boolean noWarmup;

    /** One factor's measurements. */
    record FactorRun(int factor, Result result, long peakHeapBytes, long retainedBytes) {
        double seconds(Stage s) {
            return result.timings().get(s).seconds();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Integer> ks = checkedFactors();
        if (threads < 1) {
            throw new UserException(ExitCodes.USAGE, "--threads must be at least 1, got " + threads);
        }
        List<Article> base = read();

        long t0 = System.nanoTime();
        CoreNlpPipeline nlp = SharedPipeline.unmemoized();
        boolean loadedHere = ScaleStages.seconds(t0) > 1;
        ExtractionPipeline pipeline = new ExtractionPipeline(nlp, threads);
        ScaleStages stages = new ScaleStages(pipeline);
        Path tmp = Files.createTempDirectory("newsgraph-bench-scale");
        List<FactorRun> runs = new ArrayList<>();
        try (HeapAfterGc heap = new HeapAfterGc()) {
            long tokens = warmUp(base, nlp, pipeline, noWarmup ? null : stages, tmp.resolve("warm-up"));
            out.printf(Locale.ROOT, "bench scale: %d articles, %,d characters, %,d tokens per copy; factors %s; %d extraction thread%s; max heap %,d MB%n",
                    base.size(), base.stream().mapToLong(a -> a.text().length()).sum(), tokens, ks, threads,
                    threads == 1 ? "" : "s", Runtime.getRuntime().maxMemory() >> 20);
            out.println("Copies repeat the same text as distinct articles: entities stay the same while articles,");
            out.println("mentions and evidence grow k times (a story repeated by many outlets).");
            out.printf(Locale.ROOT, "CoreNLP model load: %.1f s%s, not in the stage times%n", nlp.loadMillis() / 1000.0,
                    loadedHere ? "" : " (earlier in this JVM)");
            long models = heap.collectNow();
            out.printf(Locale.ROOT, "heap after GC with the models loaded, after a warm-up pass of %s at 1x: %,d MB%n",
                    noWarmup ? "extraction" : "every stage", models >> 20);
            out.flush();
            for (int k : ks) {
                heap.collectNow();
                heap.reset();
                Result r = stages.run(CorpusCopies.of(base, k), tokens * k, tmp.resolve(k + "x"));
                long retained = heap.collectNow();
                FactorRun run = new FactorRun(k, r, heap.peakBytes(), retained);
                runs.add(run);
                TempFolders.deleteTree(tmp.resolve(k + "x"));
                printFactor(out, run);
            }
        } finally {
            TempFolders.deleteTree(tmp);
        }
        printTable(out, runs);
        printFigures(out, runs, nlp.loadMillis() / 1000.0);
        int failures = runs.stream().mapToInt(r -> r.result().failures()).sum();
        if (failures > 0) {
            spec.commandLine().getErr().println("newsgraph: " + failures + " article extractions failed; the figures leave them out");
            return ExitCodes.SOME_INPUTS_FAILED;
        }
        return ExitCodes.OK;
    }

    private List<Integer> checkedFactors() {
        TreeSet<Integer> ks = new TreeSet<>(factors);
        if (ks.isEmpty() || ks.first() < 1) {
            throw new UserException(ExitCodes.USAGE, "--factors must be whole numbers of at least 1, got " + factors);
        }
        return List.copyOf(ks);
    }

    private List<Article> read() {
        List<String> chosen = inputs.inputsOrExamples(true);
        IngestResult r = inputs.read(chosen, InputStream.nullInputStream(), spec.commandLine().getErr(), Progress.silent());
        if (r.articles().isEmpty()) {
            throw new UserException(ExitCodes.FAILED, "no article could be read from " + String.join(", ", chosen));
        }
        return r.articles();
    }

    /**
     * Every stage once at 1x, untimed (without stages: extraction only); returns the tokens of one
     * copy of the corpus.
     */
    private static long warmUp(List<Article> base, CoreNlpPipeline nlp, ExtractionPipeline pipeline, ScaleStages stages, Path dir) {
        long tokens = 0;
        List<ArticleExtraction> xs = new ArrayList<>();
        for (Article a : base) {
            AnnotatedArticle annotated = nlp.annotate(a);
            tokens += annotated.tokenCount();
            xs.add(pipeline.extractAnnotated(annotated));
        }
        if (stages != null) {
            stages.stagesAfterExtraction(Resolver.resolve(base, xs), new EnumMap<>(Stage.class), dir, 0);
            TempFolders.deleteTree(dir);
        }
        return tokens;
    }

    private static void printFactor(PrintWriter out, FactorRun run) {
        Result r = run.result();
        out.printf(Locale.ROOT, "%dx: %s%n    fresh Neo4j: start %.1f s, schema %.1f s, stop %.1f s (not in the load time); "
                        + "peak heap after GC %,d MB, %,d MB after the closing full GC%n",
                run.factor(), ScaleStages.sizes(r), r.neo4j().start(), r.neo4j().schema(), r.neo4j().stop(),
                run.peakHeapBytes() >> 20, run.retainedBytes() >> 20);
        out.flush();
    }

    private static void printTable(PrintWriter out, List<FactorRun> runs) {
        FactorRun first = runs.get(0);
        out.println();
        out.printf(Locale.ROOT, "%-8s %6s %9s %9s %14s %-11s %9s %9s%n", "stage", "factor", "seconds", "CPU s", "rate", "",
                "vs linear", "(CPU)");
        for (Stage s : Stage.values()) {
            for (FactorRun run : runs) {
                Timing t = run.result().timings().get(s);
                Timing t1 = first.result().timings().get(s);
                out.printf(Locale.ROOT, "%-8s %5dx %9.2f %9.2f %,14.0f %-11s %9.2f %9.2f%n", s.label, run.factor(), t.seconds(),
                        t.cpuSeconds(), t.rate(), s.rateUnit, linearRatio(t.seconds(), run.factor(), t1.seconds(), first.factor()),
                        linearRatio(t.cpuSeconds(), run.factor(), t1.cpuSeconds(), first.factor()));
            }
        }
        for (FactorRun run : runs) {
            out.printf(Locale.ROOT, "%-8s %5dx %,9d MB peak after GC, %.2f x %dx%n", "heap", run.factor(), run.peakHeapBytes() >> 20,
                    (double) run.peakHeapBytes() / first.peakHeapBytes(), first.factor());
        }
        out.printf(Locale.ROOT, "(rdf and map: the fastest of %d runs; CPU s: all threads of the process, GC and Neo4j included)%n",
                ScaleStages.QUICK_REPEATS);
        out.println();
    }

    private static void printFigures(PrintWriter out, List<FactorRun> runs, double modelLoadSeconds) {
        FactorRun first = runs.get(0);
        String linear = "linear-from-" + first.factor() + "x";
        out.printf(Locale.ROOT, "bench scale-model-load %.2f s ratio=%.2f baseline=extract-%dx%n", modelLoadSeconds,
                modelLoadSeconds / first.seconds(Stage.EXTRACT), first.factor());
        Map<String, String> lines = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (FactorRun run : runs) {
                double secs = run.seconds(s);
                lines.put("scale-" + s.label + "-" + run.factor() + "x", String.format(Locale.ROOT, "%.3f s ratio=%.2f baseline=%s",
                        secs, linearRatio(secs, run.factor(), first.seconds(s), first.factor()), linear));
            }
            // CPU time tells growth from waiting for a core on a shared machine.
            for (FactorRun run : runs) {
                double cpu = run.result().timings().get(s).cpuSeconds();
                double cpu1 = first.result().timings().get(s).cpuSeconds();
                lines.put("scale-" + s.label + "-" + run.factor() + "x-cpu", String.format(Locale.ROOT,
                        "%.3f cpu-s ratio=%.2f baseline=%s", cpu, linearRatio(cpu, run.factor(), cpu1, first.factor()), linear));
            }
        }
        for (FactorRun run : runs) {
            lines.put("scale-peak-heap-" + run.factor() + "x", String.format(Locale.ROOT, "%d MB ratio=%.2f baseline=%dx",
                    run.peakHeapBytes() >> 20, (double) run.peakHeapBytes() / first.peakHeapBytes(), first.factor()));
        }
        lines.forEach((name, rest) -> out.println("bench " + name + " " + rest));
        out.flush();
    }

    /**
     * Time per unit of corpus at factor k over time per unit at the base factor: 1.00 is linear
     * growth, above 1 grows faster than the corpus, below 1 has fixed costs the larger corpus spreads.
     */
    static double linearRatio(double seconds, int factor, double baseSeconds, int baseFactor) {
        if (baseSeconds <= 0) {
            return 0;
        }
        return (seconds / factor) / (baseSeconds / baseFactor);
    }
}
