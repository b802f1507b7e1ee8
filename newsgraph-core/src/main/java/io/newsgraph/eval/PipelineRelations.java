package io.newsgraph.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CoreNlpPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the extraction pipeline over gold documents' text and turns its claims into predicted
 * relations with character spans. Frames are read before entity resolution, where each argument
 * is still a mention with token offsets; the same pipeline ({@link ExtractionPipeline#extractAnnotated})
 * makes them as in a normal run.
 */
public final class PipelineRelations {
    private final CoreNlpPipeline nlp;
    private final ExtractionPipeline extraction;
    private final int threads;

    public PipelineRelations(CoreNlpPipeline nlp, ExtractionPipeline extraction, int threads) {
        this.nlp = nlp;
        this.extraction = extraction;
        this.threads = threads;
    }

    /** Annotates and extracts every document, in document order, on the worker threads. */
    public List<AnnotatedGold> annotate(List<GoldDocument> docs, IntConsumer onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnnotatedGold>> futures = new ArrayList<>();
            for (GoldDocument d : docs) {
                futures.add(pool.submit(() -> annotate(d)));
            }
            List<AnnotatedGold> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                out.add(futures.get(i).get());
                onDone.accept(i + 1);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private AnnotatedGold annotate(GoldDocument d) {
        Article article = new Article(d.id(), null, null, null, null, null, null, d.text());
        AnnotatedArticle annotated = nlp.annotate(article);
        return new AnnotatedGold(d, annotated, extraction.extractAnnotated(annotated));
    }

    /** The claims of one extracted document: each frame's agent to each of its objects. */
    public static List<PredictedRelation> claims(AnnotatedGold a) {
        String id = a.gold().id();
        List<CoreMap> sentences = a.sentences();
        List<PredictedRelation> out = new ArrayList<>();
        for (Frame f : a.extraction().frames()) {
            if (f.polarity() != Polarity.POSITIVE || f.modality() == Modality.HYPOTHETICAL || f.agent() == null) {
                continue;
            }
            Span head = span(sentences, f.agent());
            for (Mention o : f.objects()) {
                out.add(new PredictedRelation(id, head, f.agent().type(), f.predicate(), span(sentences, o), o.type(),
                        f.extractor(), f.confidence()));
            }
        }
        return out;
    }

    /** The named mentions of one extracted document as found entities; stand-ins for a thing named indirectly are left out. */
    public static List<PredictedEntity> entities(AnnotatedGold a) {
        List<CoreMap> sentences = a.sentences();
        List<PredictedEntity> out = new ArrayList<>();
        for (Mention m : a.extraction().mentions()) {
            if (!m.synthetic()) {
                out.add(new PredictedEntity(a.gold().id(), span(sentences, m), m.type()));
            }
        }
        return out;
    }

    /** A mention's characters: from its first token's start to its last token's end. */
    static Span span(List<CoreMap> sentences, Mention m) {
        List<CoreLabel> toks = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
        return new Span(toks.get(m.begin()).beginPosition(), toks.get(m.end() - 1).endPosition());
    }
}
