package io.newsgraph.pipeline;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Starts the extraction of one article after another on a run's worker pool, with the rule for
 * articles whose text is identical: they are extracted alike. Texts are told apart by their
 * SHA-256, so no text is held here once its article is done.
 *
 * <ul>
 * <li>An annotation (a few KB per token) is shared by the identical articles in flight together
 * and dropped when the last of them is extracted.</li>
 * <li>A later article with the text of one already done is annotated again, but with the first
 * one's publication date, the document date of the shared annotation it would have had when all
 * articles were read before extraction; so the graph does not depend on how far apart the two
 * came. Only the first article's metadata is kept for this, not its text.</li>
 * <li>An article too long to annotate whole is extracted part by part once; its identical
 * followers reuse that extraction (which is kept for the graph anyway).</li>
 * </ul>
 *
 * Called from one thread (the one reading the articles); the tasks run on the pool.
 */
final class ArticleTasks {
    /**
     * An annotation and how many articles in flight still need it. The annotation is not a task of
     * its own on the pool: the first extraction task that needs it runs it in place, and a task for
     * the same text that comes while it runs waits for it. (As a separate task, the extraction task
     * queued behind it took the other worker and waited there, so two threads did the work of one.)
     */
    private record SharedAnnotation(FutureTask<AnnotatedArticle> annotation, AtomicInteger users) {
    }

    private final ExtractionPipeline pipeline;
    private final ExecutorService pool;
    private final int partChars;
    private final Consumer<Article> onArticleDone;
    private final Map<String, SharedAnnotation> annotations = new ConcurrentHashMap<>();
    private final Map<String, Article> firstWithText = new HashMap<>();
    private final Map<String, FutureTask<ArticleExtraction>> parted = new HashMap<>();

    ArticleTasks(ExtractionPipeline pipeline, ExecutorService pool, int partChars, Consumer<Article> onArticleDone) {
        this.pipeline = pipeline;
        this.pool = pool;
        this.partChars = partChars;
        this.onArticleDone = onArticleDone;
    }

    /** Submits the extraction of {@code a}; the future gives its extraction or its failure. */
    Future<ArticleExtraction> start(Article a) {
        String key = fingerprint(a.text());
        if (a.text().length() > partChars) {
            FutureTask<ArticleExtraction> whole = parted.computeIfAbsent(key, k -> new FutureTask<>(() -> pipeline.extractInParts(a)));
            return pool.submit(() -> done(a, runHere(whole).withArticle(a)));
        }
        Article first = firstWithText.computeIfAbsent(key, k -> a.withText(""));
        SharedAnnotation shared = annotations.compute(key, (k, held) -> {
            if (held == null) {
                Article annotated = first.withText(a.text());
                return new SharedAnnotation(new FutureTask<>(() -> pipeline.annotate(annotated)), new AtomicInteger(1));
            }
            held.users().incrementAndGet();
            return held;
        });
        return pool.submit(() -> {
            try {
                AnnotatedArticle ann = runHere(shared.annotation());
                return done(a, pipeline.extractAnnotated(new AnnotatedArticle(a, ann.doc(), ann.annotateNanos())));
            } finally {
                annotations.computeIfPresent(key, (k, held) -> held.users().decrementAndGet() == 0 ? null : held);
            }
        });
    }

    /** Runs the task on this thread unless another runs or ran it, and gives its result (its failure as an ExecutionException, as before). */
    private static <T> T runHere(FutureTask<T> task) throws InterruptedException, ExecutionException {
        task.run(); // a no-op when the task already ran or is running elsewhere
        return task.get();
    }

    private ArticleExtraction done(Article a, ArticleExtraction x) {
        onArticleDone.accept(a);
        return x;
    }

    /** The SHA-256 of the text, as a key that stands for it without holding it. */
    static String fingerprint(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
