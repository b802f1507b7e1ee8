package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.ingest.ArticleStream;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ingest and extract stages as the commands share them: read articles, report bad inputs,
 * load the models once, extract and resolve. Used by extract, load, serve and run.
 */
final class ArticleGraphBuilder {
    /** The graph and what went wrong on the way (inputs skipped, articles whose extraction failed). */
    record Outcome(Graph graph, int articlesRead, int inputErrors, int extractionFailures, long extractMillis) {
        boolean anyFailed() {
            return inputErrors > 0 || extractionFailures > 0;
        }
    }

    private ArticleGraphBuilder() {
    }

    /**
     * Streams the articles into extraction: each is read when a worker is about to need it, so
     * the corpus is never held whole (ExtractionPipeline#extract). The first article is read
     * before the models load, so inputs that hold none fail in milliseconds, as before.
     */
    static Outcome build(InputsMixin inputs, List<String> chosen, ExtractionOptions options, InputStream stdin,
                         PrintWriter err, Progress progress) {
        // Inputs that give no article still count towards the bar's total: refused before it exists, they lower it.
        AtomicInteger refusedEarly = new AtomicInteger();
        AtomicReference<Progress.Bar> shown = new AtomicReference<>();
        Runnable noArticle = () -> {
            Progress.Bar bar = shown.get();
            if (bar == null) {
                refusedEarly.incrementAndGet();
            } else {
                bar.step();
            }
        };
        try (ArticleStream articles = inputs.stream(chosen, stdin, err, noArticle)) {
            if (!articles.hasNext()) {
                throw new UserException(ExitCodes.FAILED, "no article could be read from " + String.join(", ", chosen));
            }
            ExtractionPipeline pipeline = options.pipeline(err);
            AtomicInteger failures = new AtomicInteger();
            long t0 = System.nanoTime();
            Graph graph;
            // Counting a corpus's lines would mean reading it twice: with one, the bar counts without a total.
            long expected = articles.expectedArticles();
            try (Progress.Bar bar = progress.bar("Extracting", expected < 0 ? -1 : expected - refusedEarly.get())) {
                shown.set(bar);
                graph = pipeline.extract(articles, (Article a) -> bar.step(), (a, e) -> {
                    failures.incrementAndGet();
                    synchronized (err) {
                        err.println(where(a) + ": extraction failed (" + reason(a, e) + "); article left out");
                        if (options.verbose()) {
                            e.printStackTrace(err);
                        }
                        err.flush();
                    }
                });
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new Outcome(graph, articles.articlesRead(), (int) articles.errorCount(), failures.get(), millis);
        }
    }

    /** One line for the user: no exception class names unless nothing better is known. */
    static String reason(Article a, Throwable e) {
        Throwable cause = e;
        while ((cause instanceof java.util.concurrent.ExecutionException
                || cause instanceof java.util.concurrent.CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory on an article of " + a.text().length() + " characters; give Java more heap (-Xmx) "
                    + "or lower --max-article-size";
        }
        if (cause instanceof StackOverflowError) {
            return "the text is nested too deeply to analyse (" + a.text().length() + " characters)";
        }
        String m = cause.getMessage();
        String first = m == null || m.isBlank() ? cause.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
        return "internal error: " + first + "; run with -v for details";
    }

    private static String where(Article a) {
        return a.path() == null ? a.id() : a.path() + " (" + a.id() + ")";
    }
}
