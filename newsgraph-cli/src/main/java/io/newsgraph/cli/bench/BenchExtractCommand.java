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
        description = {"Measures extraction speed over a corpus (default: the seed articles of the shared folder, ../shared/seeds or -Dnewsgraph.shared, if present, else examples/articles).",
                "Ends with one line per figure: bench <figure> <value> <unit> ratio=<value/baseline> baseline=<what>."})
public class BenchExtractCommand implements Callable<Integer> {
    /** The bare CoreNLP figure the issue quotes for this machine (statistical coreference). */
    static final double NOTED_CORENLP_TOKENS_PER_S = 280;

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, description = "Files or folders of articles (any format ingest reads); repeatable.")
    List<Path> inputs = new ArrayList<>();

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
        boolean fullIsConfigured = NlpSettings.defaults().equals(NlpSettings.full());
        FullPipelineBaseline baseline = null;
        if (!fullIsConfigured) {
            out.println("baseline: " + NlpSettings.full().label() + " (today's full annotator set), measured first");
            out.flush();
            baseline = FullPipelineBaseline.measure(corpus, repetitions, !noWarmup, heap);
            heap.collectNow();
            heap.reset();
        }
        long t0 = System.nanoTime();
        CoreNlpPipeline nlp = SharedPipeline.get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        out.println("measuring: " + nlp.settings().label());
        out.flush();
        ExtractionPipeline single = new ExtractionPipeline(nlp, 1);
        ExtractionPipeline parallel = new ExtractionPipeline(nlp, cores);

        List<AnnotatedArticle> annotated = new ArrayList<>();
        if (!noWarmup) {
            corpus.forEach(nlp::annotate);
        }
        long bare = 0;
        int tokens = 0;
        for (int r = 0; r < repetitions; r++) {
            annotated.clear();
            long s = System.nanoTime();
            for (Article a : corpus) {
                annotated.add(nlp.annotate(a));
            }
            bare += System.nanoTime() - s;
        }
        for (AnnotatedArticle a : annotated) {
            tokens += a.tokenCount();
        }
        long ours = 0;
        for (int r = 0; r < repetitions; r++) {
            long s = System.nanoTime();
            List<ArticleExtraction> xs = new ArrayList<>();
            for (AnnotatedArticle a : annotated) {
                xs.add(single.extractAnnotated(a));
            }
            Resolver.resolve(corpus, xs);
            ours += System.nanoTime() - s;
        }
        long endToEnd1 = time(single, corpus, repetitions);
        long endToEndN = time(parallel, corpus, repetitions);
        annotated.clear();
        long heapBytes = Math.max(heap.peakBytes(), heap.collectNow());

        double n = (double) repetitions;
        double bareS = bare / 1e9 / n;
        double oursS = ours / 1e9 / n;
        double e1 = endToEnd1 / 1e9 / n;
        double eN = endToEndN / 1e9 / n;
        if (baseline == null) {
            baseline = new FullPipelineBaseline(loadSeconds, bareS, heapBytes);
        }
        double bareTps = tokens / bareS;
        double tps1 = tokens / e1;
        double tpsN = tokens / eN;
        long heapMb = heapBytes / (1024 * 1024);
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);

        out.printf(Locale.ROOT, "tokens per pass: %d%n", tokens);
        figure(out, "extract-speedup-1-thread", baseline.annotateSeconds() / e1, "x", baseline.annotateSeconds() / e1,
                "corenlp-full-pipeline-1-thread");
        figure(out, "extract-scaling-" + cores + "-threads", e1 / eN, "x", e1 / eN, "extract-1-thread");
        figure(out, "model-load", loadSeconds, "s", baseline.loadSeconds(), "corenlp-full-pipeline-load");
        figure(out, "heap-used", heapMb, "MB", baseline.heapBytes() / (1024.0 * 1024), "corenlp-full-pipeline-heap-after-gc");
        figure(out, "heap-used-of-max", heapMb, "MB", maxMb, "max-heap");
        figure(out, "corenlp-tokens-per-s", bareTps, "tokens/s", NOTED_CORENLP_TOKENS_PER_S, "issue-noted-corenlp-280-tokens/s");
        figure(out, "corenlp-full-pipeline-tokens-per-s", tokens / baseline.annotateSeconds(), "tokens/s",
                NOTED_CORENLP_TOKENS_PER_S, "issue-noted-corenlp-280-tokens/s");
        figure(out, "extract-tokens-per-s-1-thread", tps1, "tokens/s", bareTps, "bare-corenlp-1-thread");
        figure(out, "extract-articles-per-s-1-thread", corpus.size() / e1, "articles/s", corpus.size() / bareS, "bare-corenlp-1-thread");
        figure(out, "extract-tokens-per-s-" + cores + "-threads", tpsN, "tokens/s", tps1, "extract-1-thread");
        figure(out, "extract-articles-per-s-" + cores + "-threads", corpus.size() / eN, "articles/s", corpus.size() / e1, "extract-1-thread");
        figure(out, "own-stages-overhead", (bareS + oursS) / bareS, "x", 1.10, "target-1.10-of-bare-corenlp");
        figure(out, "end-to-end-overhead-1-thread", e1 / bareS, "x", 1.10, "target-1.10-of-bare-corenlp");
        heap.close();
        out.flush();
        return ExitCodes.OK;
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
    private List<Article> corpus() {
        List<String> roots = new ArrayList<>();
        inputs.forEach(p -> roots.add(p.toString()));
        PrintWriter err = spec.commandLine().getErr();
        if (roots.isEmpty()) {
            roots.add(defaultCorpus(err).toString());
        }
        IngestResult r = new Ingest().read(roots, InputStream.nullInputStream());
        r.problems().forEach(p -> err.println("newsgraph: " + p));
        if (r.articles().isEmpty()) {
            throw new UserException(r.hasErrors() ? ExitCodes.USAGE : ExitCodes.FAILED, "no articles to measure in " + roots);
        }
        return r.articles();
    }

    /**
     * The seed articles of the shared folder when it is there (the figures in the README were
     * measured on them), else the bundled examples, said in one line since the figures differ.
     */
    static Path defaultCorpus(PrintWriter err) {
        Path seeds = SharedFolder.location().resolve("seeds");
        if (Files.isDirectory(seeds)) {
            return seeds;
        }
        Path examples = InputsMixin.examplesFolder();
        err.println("newsgraph: " + seeds + " not found (the shared folder, -D" + SharedFolder.PROPERTY
                + "); measuring the bundled " + examples + " instead");
        err.flush();
        return examples;
    }
}
