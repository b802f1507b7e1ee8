package io.newsgraph.pipeline;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.ExtractorChain;
import io.newsgraph.extract.relation.RelationClassifierExtractor;
import io.newsgraph.extract.relation.RelationModel;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.SharedPipeline;
import io.newsgraph.nlp.TextChunks;
import io.newsgraph.resolve.Resolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The orchestrator of the stages: articles in, resolved graph out (nlp, then extract on each
 * article, then resolve across all of them). Create it once per run (the CoreNLP models load
 * once per JVM and are shared); {@link #extract} annotates articles on worker threads, runs the
 * extractor chain on each, then resolves entities and merges facts across all of them. The same
 * input gives the same graph, order included, whatever the thread count.
 */
public final class ExtractionPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionPipeline.class);

    private final CoreNlpPipeline nlp;
    private final int threads;
    private final ExtractorChain chain;
    private final int partChars;

    public ExtractionPipeline(CoreNlpPipeline nlp, int threads) {
        this(nlp, threads, defaultExtractors());
    }

    /** A pipeline with another chain, e.g. the rules alone ({@link #ruleExtractors()}) to train the relation classifier on. */
    public ExtractionPipeline(CoreNlpPipeline nlp, int threads, List<Extractor> extractors) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.nlp = nlp;
        this.threads = threads;
        this.chain = ExtractorChain.assemble(nlp.provides(), extractors);
        this.partChars = ArticleParts.partChars();
    }

    /** Uses this JVM's shared CoreNLP pipeline (loading it on first use) and one thread per core. */
    public static ExtractionPipeline create() {
        return create(Runtime.getRuntime().availableProcessors());
    }

    public static ExtractionPipeline create(int threads) {
        return new ExtractionPipeline(SharedPipeline.get(), threads);
    }

    /**
     * The extractors in the order they run; each one's requirements were checked at construction.
     * The trained relation classifier runs after the rules at its precise threshold
     * ({@link RelationClassifierExtractor#precise}): at the threshold
     * tuned for F1 on CoNLL04 its facts cost the seeds' pair precision and the unseen sentences'
     * precision.
     */
    public static List<Extractor> defaultExtractors() {
        return withClassifier(RelationClassifierExtractor.precise(
                RelationModel.shipped()));
    }

    /**
     * The rules and the trained relation classifier at the threshold tuned for F1 on CoNLL04 dev:
     * what `evaluate --with-model` measures; it recalls more on CoNLL04-like text and is less
     * precise on news.
     */
    public static List<Extractor> withRelationModel() {
        return withClassifier(new RelationClassifierExtractor(
                RelationModel.shipped()));
    }

    private static List<Extractor> withClassifier(Extractor classifier) {
        List<Extractor> all = new ArrayList<>(ruleExtractors());
        // After every frame-producing rule (its facts win a pair) and before modality (which marks its frames too).
        all.add(all.size() - 1, classifier);
        return List.copyOf(all);
    }

    /** The hand-written extractors alone, without the trained relation classifier. */
    public static List<Extractor> ruleExtractors() {
        return ExtractorChain.defaultExtractors();
    }

    public long modelLoadMillis() {
        return nlp.loadMillis();
    }

    public int threads() {
        return threads;
    }

    public List<String> extractorNames() {
        return chain.names();
    }

    public Graph extract(List<Article> articles) {
        return extract(articles, a -> { }, (a, e) -> { });
    }

    public Graph extract(List<Article> articles, Consumer<Article> onArticleDone) {
        return extract(articles, onArticleDone, (a, e) -> { });
    }

    /**
     * Extracts and resolves. An article that fails is reported to {@code onFailure} and left out;
     * the others still make the graph. Articles with identical text are annotated once. An
     * article longer than {@link ArticleParts#partChars()} is extracted part by part in one task
     * ({@link #extractInParts}), so no annotation of the whole of it is ever held.
     */
    public Graph extract(List<Article> articles, Consumer<Article> onArticleDone, BiConsumer<Article, Exception> onFailure) {
        List<ArticleExtraction> docs = new ArrayList<>();
        List<Article> kept = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            // Identical texts are annotated once. An annotation keeps a few KB per token, so it is
            // dropped as soon as the last article with its text is extracted: holding all of them
            // to the end made a run's memory grow with the corpus.
            Map<String, Integer> users = new HashMap<>();
            articles.forEach(a -> users.merge(a.text(), 1, Integer::sum));
            Map<String, SharedAnnotation> annotations = new ConcurrentHashMap<>();
            Map<String, Future<ArticleExtraction>> parted = new HashMap<>();
            List<Future<ArticleExtraction>> futures = new ArrayList<>();
            for (Article a : articles) {
                if (a.text().length() > partChars) {
                    Future<ArticleExtraction> whole = parted.computeIfAbsent(a.text(), t -> pool.submit(() -> extractInParts(a)));
                    futures.add(pool.submit(() -> {
                        ArticleExtraction x = whole.get().withArticle(a);
                        onArticleDone.accept(a);
                        return x;
                    }));
                    continue;
                }
                SharedAnnotation shared = annotations.computeIfAbsent(a.text(),
                        t -> new SharedAnnotation(pool.submit(() -> nlp.annotate(a)), new AtomicInteger(users.get(t))));
                futures.add(pool.submit(() -> {
                    try {
                        AnnotatedArticle done = shared.annotation().get();
                        ArticleExtraction x = extractAnnotated(new AnnotatedArticle(a, done.doc(), done.annotateNanos()));
                        onArticleDone.accept(a);
                        return x;
                    } finally {
                        if (shared.users().decrementAndGet() == 0) {
                            annotations.remove(a.text());
                        }
                    }
                }));
            }
            for (int i = 0; i < articles.size(); i++) {
                try {
                    docs.add(futures.get(i).get());
                    kept.add(articles.get(i));
                } catch (ExecutionException e) {
                    Exception cause = e.getCause() instanceof Exception ex ? ex : e;
                    LOG.warn("article {}: extraction failed: {}", articles.get(i).id(), cause.toString());
                    onFailure.accept(articles.get(i), cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return Resolver.resolve(kept, docs);
    }

    /** An annotation shared by the articles with the same text, and how many of them still need it. */
    private record SharedAnnotation(Future<AnnotatedArticle> annotation, AtomicInteger users) {
    }

    /**
     * Annotates and extracts one text with a recording trace and keeps what every stage saw: the
     * parse, mentions, links, frames with their rules, the candidates dropped and why, and the
     * facts ({@code newsgraph explain}).
     */
    public Explanation explain(Article article) {
        return Explainer.explain(nlp, chain, article);
    }

    /** Runs the extractor chain on one annotated article (no resolution across articles). */
    public ArticleExtraction extractAnnotated(AnnotatedArticle annotated) {
        return chain.extract(annotated);
    }

    /**
     * Extracts a very long article part by part: each part (cut between paragraphs or sentences)
     * is annotated and run through the chain on its own, its annotation is dropped, and only its
     * shifted mentions, frames and sentences are kept ({@link ArticleParts}). An article that fits
     * in one part is extracted as usual.
     */
    public ArticleExtraction extractInParts(Article article) {
        List<TextChunks.Chunk> parts = ArticleParts.split(article.text(), partChars);
        ArticleParts combined = new ArticleParts(article);
        for (int i = 0; i < parts.size(); i++) {
            TextChunks.Chunk part = parts.get(i);
            long t0 = System.nanoTime();
            ArticleExtraction x = extractPart(article, part);
            combined.add(part, x);
            LOG.info("article {}: part {}/{} (characters {}-{}, {} tokens) extracted in {} s", article.id(), i + 1, parts.size(),
                    part.begin(), part.end(), x.tokens(), (System.nanoTime() - t0) / 1_000_000_000);
        }
        return combined.combined();
    }

    /** One part as an article of its own; its annotation is unreachable once this returns. */
    private ArticleExtraction extractPart(Article article, TextChunks.Chunk part) {
        return extractAnnotated(nlp.annotate(article.withText(part.of(article.text()))));
    }
}
