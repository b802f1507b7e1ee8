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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** Articles read ahead per worker thread (see {@link #window()}). */
    private static final int WINDOW_PER_THREAD = 4;

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

    public Graph extract(List<Article> articles, Consumer<Article> onArticleDone, BiConsumer<Article, Exception> onFailure) {
        return extract(articles.iterator(), onArticleDone, onFailure);
    }

    /**
     * How many articles are taken from the input and not yet collected, at most: enough to keep
     * every worker busy while an older article finishes, few enough that the texts waiting are
     * a few articles' worth.
     */
    public int window() {
        return WINDOW_PER_THREAD * threads;
    }

    /**
     * Extracts and resolves, taking the articles one at a time as the workers need them: at most
     * {@link #window()} articles are read ahead of the oldest one still being extracted, and
     * results are collected in input order, so the graph is the same as from a list, whatever the
     * thread count. An article that fails is reported to {@code onFailure} (on the calling thread,
     * in input order) and left out; the others still make the graph. Articles with identical text
     * are extracted alike ({@link ArticleTasks}). An article longer than
     * {@link ArticleParts#partChars()} is extracted part by part in one task
     * ({@link #extractInParts}), so no annotation of the whole of it is ever held.
     *
     * <p>What is kept per article until the graph is resolved is what the resolver and the
     * outputs need: the article (its text is written into the JSON Lines article record and the
     * Neo4j Article node, and claims read it), its mentions and frames, and the offsets of its
     * sentences with the text of only those a mention or frame is in
     * ({@link ArticleExtraction#withUsedSentenceTextOnly}). Its CoreNLP annotation is dropped as
     * soon as it is extracted.
     */
    public Graph extract(Iterator<Article> articles, Consumer<Article> onArticleDone, BiConsumer<Article, Exception> onFailure) {
        List<ArticleExtraction> docs = new ArrayList<>();
        List<Article> kept = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            ArticleTasks tasks = new ArticleTasks(this, pool, partChars, onArticleDone);
            new InOrderWork<Article, ArticleExtraction>(window()).run(articles, tasks::start, new InOrderWork.Results<>() {
                @Override
                public void done(Article a, ArticleExtraction x) {
                    docs.add(x.withUsedSentenceTextOnly());
                    kept.add(a);
                }

                @Override
                public void failed(Article a, Exception cause) {
                    LOG.warn("article {}: extraction failed: {}", a.id(), cause.toString());
                    onFailure.accept(a, cause);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return Resolver.resolve(kept, docs);
    }

    /**
     * Extracts one article on its own, as {@link #extract} does for an article whose text no other
     * article shares: whole, or part by part when it is long. No resolution across articles (a
     * caller that spreads articles over machines, the Spark job, resolves them afterwards).
     */
    public ArticleExtraction extractOne(Article article) {
        return article.text().length() > partChars ? extractInParts(article) : extractAnnotated(annotate(article));
    }

    /** Annotates one article whole (for {@link ArticleTasks}). */
    AnnotatedArticle annotate(Article article) {
        return nlp.annotate(article);
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
