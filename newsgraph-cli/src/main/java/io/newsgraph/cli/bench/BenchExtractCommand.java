package io.newsgraph.cli.bench;

import io.newsgraph.resolve.Resolver;
import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.eval.SharedFolder;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.NlpSettings;
import io.newsgraph.nlp.SharedPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Extraction speed against today's full CoreNLP annotator set, measured first in the same process
 * on the same corpus (skipped when it is the configured set, {@link NlpSettings}): model load time, bare CoreNLP annotation, our extractors and resolution on
 * top of it, and one worker thread against all cores. Inputs are read and cleaned by the ingest
 * stage (any format it reads); a warm-up pass runs first because CoreNLP's first pass is slower.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed over a corpus (default: at least --words words of varied news, the corpus of",
                "`bench profile`: the example articles, synthetic news stories and CoNLL04 sentences of the shared folder,",
                "../shared or -Dnewsgraph.shared; without it the bundled example articles).",
                "Ends with one line per figure: bench <figure> <value> <unit> ratio=<value/baseline> baseline=<what>."})
public class BenchExtractCommand implements Callable<Integer> {
    /** The bare CoreNLP figure the issue quotes for this machine (statistical coreference). */
    static final double NOTED_CORENLP_TOKENS_PER_S = 280;

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, description = "Files or folders of articles (any format ingest reads); repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--words", defaultValue = "50000",
            description = "Words of the default corpus, about 1.15 times as many tokens (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "1", description = "Timed passes over the corpus per measurement (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = {"-t", "--threads"}, description = "Threads for the parallel measurement (default: all cores).")
    Integer threads;

    @Option(names = "--no-warmup", description = "Skip the untimed warm-up pass.")
    boolean noWarmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (repetitions < 1) {
            throw new UserException(ExitCodes.USAGE, "--repetitions must be at least 1, got " + repetitions);
        }
        List<Article> corpus = corpus();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (cores < 1) {
            throw new UserException(ExitCodes.USAGE, "--threads must be at least 1, got " + cores);
        }
        out.printf(Locale.ROOT, "corpus: %d articles, %d characters; %d repetition(s); %d core(s)%n", corpus.size(),
                corpus.stream().mapToInt(a -> a.text().length()).sum(), repetitions, cores);
        out.flush();

        HeapAfterGc heap = new HeapAfterGc();
        FullPipelineBaseline baseline = baseline(out, corpus, heap);
        long t0 = System.nanoTime();
        CoreNlpPipeline nlp = SharedPipeline.unmemoized();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        out.println("measuring: " + nlp.settings().label());
        out.flush();
        ExtractionPipeline single = new ExtractionPipeline(nlp, 1);
        ExtractionPipeline parallel = new ExtractionPipeline(nlp, cores);

        List<AnnotatedArticle> annotated = new ArrayList<>();
        if (!noWarmup) {
            corpus.forEach(nlp::annotate);
        }
        Spent bare = annotateAll(nlp, corpus, annotated);
        int tokens = annotated.stream().mapToInt(AnnotatedArticle::tokenCount).sum();
        Spent ours = extractAll(single, corpus, annotated);
        out.println(DepparseSkipEstimate.of(annotated).describe());
        annotated.clear();
        long heapBytes = heap.peakIncludingNow();
        // Heap in use after collections while one thread extracts, then while all do: what an extra thread costs.
        heap.reset();
        long endToEnd1 = time(single, corpus, repetitions);
        long heap1 = heap.peakIncludingNow();
        heap.reset();
        long endToEndN = time(parallel, corpus, repetitions);
        long heapN = heap.peakIncludingNow();
        heapBytes = Math.max(heapBytes, Math.max(heap1, heapN));
        double perExtraThreadMb = cores > 1 ? (heapN - heap1) / (1024.0 * 1024) / (cores - 1) : 0;

        double n = (double) repetitions;
        Timings t = new Timings(corpus.size(), tokens, loadSeconds, bare.wall() / 1e9 / n, ours.wall() / 1e9 / n, endToEnd1 / 1e9 / n,
                endToEndN / 1e9 / n, heapBytes, (bare.cpu() + ours.cpu()) / 1e9 / n);
        report(out, t, baseline != null ? baseline : new FullPipelineBaseline(loadSeconds, bare.cpu() / 1e9 / n, heapBytes), cores);
        figure(out, "heap-per-extra-thread", Math.max(0, perExtraThreadMb), "MB", heap1 / (1024.0 * 1024), "heap-used-1-thread");
        heap.close();
        out.flush();
        return ExitCodes.OK;
    }

    /** Wall and CPU nanoseconds of the measuring thread, summed over the repetitions. */
    private record Spent(long wall, long cpu) {
    }

    /** CoreNLP alone over the corpus, each repetition; {@code annotated} keeps the last repetition's annotations. */
    private Spent annotateAll(CoreNlpPipeline nlp, List<Article> corpus, List<AnnotatedArticle> annotated) {
        long wall = 0;
        long cpu = 0;
        for (int r = 0; r < repetitions; r++) {
            annotated.clear();
            long s = System.nanoTime();
            long c = ThreadCpu.nanos();
            for (Article a : corpus) {
                annotated.add(nlp.annotate(a));
            }
            wall += System.nanoTime() - s;
            cpu += ThreadCpu.nanos() - c;
        }
        return new Spent(wall, cpu);
    }

    /** The project's own stages (extractors and resolution) over annotations made beforehand, each repetition. */
    private Spent extractAll(ExtractionPipeline single, List<Article> corpus, List<AnnotatedArticle> annotated) {
        long wall = 0;
        long cpu = 0;
        for (int r = 0; r < repetitions; r++) {
            long s = System.nanoTime();
            long c = ThreadCpu.nanos();
            List<ArticleExtraction> xs = new ArrayList<>();
            for (AnnotatedArticle a : annotated) {
                xs.add(single.extractAnnotated(a));
            }
            Resolver.resolve(corpus, xs);
            wall += System.nanoTime() - s;
            cpu += ThreadCpu.nanos() - c;
        }
        return new Spent(wall, cpu);
    }

    /** Today's full annotator set, measured first and dropped; null when it is the configured set (measured once, below). */
    private FullPipelineBaseline baseline(PrintWriter out, List<Article> corpus, HeapAfterGc heap) {
        if (NlpSettings.defaults().equals(NlpSettings.full())) {
            return null;
        }
        out.println("baseline: " + NlpSettings.full().label() + " (today's full annotator set), measured first");
        out.flush();
        FullPipelineBaseline b = FullPipelineBaseline.measure(corpus, repetitions, !noWarmup, heap);
        heap.collectNow();
        heap.reset();
        return b;
    }

    /**
     * One configuration's figures: wall seconds per pass (bare annotation, own stages, end to end on 1
     * and N threads) and the CPU seconds of one thread annotating and extracting ({@code cpu1}).
     */
    private record Timings(int articles, int tokens, double loadS, double bareS, double oursS, double e1, double eN, long heapBytes,
                           double cpu1) {
    }

    private static void report(PrintWriter out, Timings t, FullPipelineBaseline baseline, int cores) {
        double bareTps = t.tokens() / t.bareS();
        double tps1 = t.tokens() / t.e1();
        long heapMb = t.heapBytes() / (1024 * 1024);
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        out.printf(Locale.ROOT, "tokens per pass: %d%n", t.tokens());
        // CPU seconds of one thread on both sides: the full set's bare annotation against annotation plus our stages.
        double speedup = baseline.annotateSeconds() / t.cpu1();
        out.printf(Locale.ROOT, "one thread, CPU seconds per pass: full annotator set %.1f, configured pipeline with extraction %.1f%n",
                baseline.annotateSeconds(), t.cpu1());
        // Both are already ratios to their baseline (which is 1 on its own scale): ratio=<x> as issue #17 has it.
        figure(out, "extract-speedup-1-thread", speedup, "x", 1.0, "corenlp-full-pipeline-1-thread");
        figure(out, "extract-scaling-" + cores + "-threads", t.e1() / t.eN(), "x", 1.0, "extract-1-thread");
        figure(out, "model-load", t.loadS(), "s", baseline.loadSeconds(), "corenlp-full-pipeline-load");
        figure(out, "heap-used", heapMb, "MB", baseline.heapBytes() / (1024.0 * 1024), "corenlp-full-pipeline-heap-after-gc");
        figure(out, "heap-used-of-max", heapMb, "MB", maxMb, "max-heap");
        figure(out, "corenlp-tokens-per-s", bareTps, "tokens/s", NOTED_CORENLP_TOKENS_PER_S, "issue-noted-corenlp-280-tokens/s");
        figure(out, "corenlp-full-pipeline-tokens-per-s", t.tokens() / baseline.annotateSeconds(), "tokens/s",
                NOTED_CORENLP_TOKENS_PER_S, "issue-noted-corenlp-280-tokens/s");
        figure(out, "extract-tokens-per-s-1-thread", tps1, "tokens/s", bareTps, "bare-corenlp-1-thread");
        figure(out, "extract-articles-per-s-1-thread", t.articles() / t.e1(), "articles/s", t.articles() / t.bareS(), "bare-corenlp-1-thread");
        figure(out, "extract-tokens-per-s-" + cores + "-threads", t.tokens() / t.eN(), "tokens/s", tps1, "extract-1-thread");
        figure(out, "extract-articles-per-s-" + cores + "-threads", t.articles() / t.eN(), "articles/s", t.articles() / t.e1(), "extract-1-thread");
        figure(out, "own-stages-overhead", (t.bareS() + t.oursS()) / t.bareS(), "x", 1.10, "target-1.10-of-bare-corenlp");
        figure(out, "end-to-end-overhead-1-thread", t.e1() / t.bareS(), "x", 1.10, "target-1.10-of-bare-corenlp");
    }

    private static long time(ExtractionPipeline p, List<Article> corpus) {
        long s = System.nanoTime();
        p.extract(corpus);
        return System.nanoTime() - s;
    }

    private static long time(ExtractionPipeline p, List<Article> corpus, int reps) {
        long total = 0;
        for (int r = 0; r < reps; r++) {
            total += time(p, corpus);
        }
        return total;
    }

    private static void figure(PrintWriter out, String name, double value, String unit, double baseline, String what) {
        out.printf(Locale.ROOT, "bench %s %.3f %s ratio=%.3f baseline=%s%n", name, value, unit, baseline == 0 ? 0 : value / baseline, what);
    }

    /** The corpus as the ingest stage reads and cleans it, so the figures are those of a real run. */
    private List<Article> corpus() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        return inputs.isEmpty() ? defaultCorpus(err, words) : read(inputs, err);
    }

    /**
     * At least {@code words} words of varied news from the shared folder ({@link ProfileCorpus}), else
     * the bundled example articles, said in one line since the figures differ.
     */
    static List<Article> defaultCorpus(PrintWriter err, int words) throws java.io.IOException {
        Path shared = SharedFolder.location();
        if (Files.isDirectory(shared.resolve("data"))) {
            return ProfileCorpus.build(shared, InputsMixin.examplesFolder(), words);
        }
        Path examples = InputsMixin.examplesFolder();
        err.println("newsgraph: " + shared.resolve("data") + " not found (the shared folder, -D" + SharedFolder.PROPERTY
                + "); measuring the bundled " + examples + " instead");
        err.flush();
        return read(List.of(examples), err);
    }

    private static List<Article> read(List<Path> inputs, PrintWriter err) {
        List<String> roots = inputs.stream().map(Path::toString).toList();
        IngestResult r = new Ingest().read(roots, InputStream.nullInputStream());
        r.problems().forEach(p -> err.println("newsgraph: " + p));
        if (r.articles().isEmpty()) {
            throw new UserException(r.hasErrors() ? ExitCodes.USAGE : ExitCodes.FAILED, "no articles to measure in " + roots);
        }
        return r.articles();
    }
}
