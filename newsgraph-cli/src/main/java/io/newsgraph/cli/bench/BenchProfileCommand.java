package io.newsgraph.cli.bench;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.eval.SharedFolder;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.AnnotatorTimes;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.SharedPipeline;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.resolve.Resolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Where extraction time goes, per stage: each CoreNLP annotator (CoreNLP's own counters), the
 * project's extractors, and resolution, on one thread over a varied news corpus. The first step
 * of making extraction faster: measure, then cut what costs most.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Profiles extraction on one thread: seconds and share of each CoreNLP annotator, of the",
                "extractors and of resolution. The corpus: the example articles, synthetic news stories and",
                "CoNLL04 news sentences from the shared folder, at least --words words (or -i articles).",
                "Takes minutes: about 300 tokens/s on one core."})
public class BenchProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--words", defaultValue = "45000",
            description = "Words of the default corpus, which CoreNLP splits into about 1.15 times as many tokens (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = {"-i", "--input"}, description = "Articles to profile instead (any format ingest reads); repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--warmup", defaultValue = "10", description = "Articles annotated untimed first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> corpus = corpus();
        out.printf(Locale.ROOT, "corpus: %d articles, %,d words%n", corpus.size(),
                corpus.stream().mapToLong(a -> ProfileCorpus.words(a.text())).sum());
        out.flush();
        long t0 = System.nanoTime();
        CoreNlpPipeline nlp = SharedPipeline.unmemoized();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        corpus.subList(0, Math.min(warmup, corpus.size())).forEach(nlp::annotate);

        AnnotatorTimes before = nlp.annotatorTimes();
        long s = System.nanoTime();
        long tokens = 0;
        List<ArticleExtraction> extractions = new ArrayList<>();
        long extractNanos = 0;
        ExtractionPipeline extraction = new ExtractionPipeline(nlp, 1);
        for (Article a : corpus) {
            AnnotatedArticle done = nlp.annotate(a);
            tokens += done.tokenCount();
            long x = System.nanoTime();
            extractions.add(extraction.extractAnnotated(done));
            extractNanos += System.nanoTime() - x;
        }
        double annotateSeconds = (System.nanoTime() - s - extractNanos) / 1e9;
        AnnotatorTimes annotators = nlp.annotatorTimes().since(before);
        long r = System.nanoTime();
        Resolver.resolve(corpus, extractions);
        double resolveSeconds = (System.nanoTime() - r) / 1e9;
        double extractSeconds = extractNanos / 1e9;

        double total = annotateSeconds + extractSeconds + resolveSeconds;
        out.printf(Locale.ROOT, "%,d tokens in %.1f s on one thread: %.0f tokens/s; models loaded in %.1f s%n", tokens,
                total, tokens / total, loadSeconds);
        out.printf(Locale.ROOT, "%-28s %9s %7s%n", "stage", "seconds", "share");
        for (Map.Entry<String, Double> e : annotators.seconds().entrySet()) {
            row(out, e.getKey(), e.getValue(), total);
        }
        row(out, "(CoreNLP outside annotators)", Math.max(0, annotateSeconds - annotators.total()), total);
        row(out, "newsgraph extractors", extractSeconds, total);
        row(out, "resolution", resolveSeconds, total);
        for (Map.Entry<String, Double> e : annotators.seconds().entrySet()) {
            figure(out, "profile-" + e.getKey(), e.getValue(), total);
        }
        figure(out, "profile-extractors", extractSeconds, total);
        figure(out, "profile-resolution", resolveSeconds, total);
        out.printf(Locale.ROOT, "bench profile-tokens-per-s %.1f tokens/s ratio=1.000 baseline=this-run%n", tokens / total);
        out.flush();
        return ExitCodes.OK;
    }

    private static void row(PrintWriter out, String stage, double seconds, double total) {
        out.printf(Locale.ROOT, "%-28s %9.1f %6.1f%%%n", stage, seconds, 100 * seconds / total);
    }

    private static void figure(PrintWriter out, String name, double seconds, double total) {
        out.printf(Locale.ROOT, "bench %s %.1f s ratio=%.3f baseline=extraction-total-1-thread%n", name, seconds, seconds / total);
    }

    private List<Article> corpus() throws java.io.IOException {
        if (!inputs.isEmpty()) {
            List<Article> read = new Ingest().read(inputs.stream().map(Path::toString).toList(), InputStream.nullInputStream())
                    .articles();
            if (read.isEmpty()) {
                throw new UserException(ExitCodes.USAGE, "no articles to profile in " + inputs);
            }
            return read;
        }
        Path shared = SharedFolder.location();
        if (!Files.isDirectory(shared.resolve("data"))) {
            throw new UserException(ExitCodes.USAGE, shared.resolve("data") + " not found (the shared folder, -D"
                    + SharedFolder.PROPERTY + "); name articles to profile with -i");
        }
        return ProfileCorpus.build(shared, InputsMixin.examplesFolder(), words);
    }
}
