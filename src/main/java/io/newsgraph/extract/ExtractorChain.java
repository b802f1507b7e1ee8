package io.newsgraph.extract;

import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.NlpSettings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extraction stage's entry point: an ordered list of extractors whose requirements were
 * checked against what comes before them, run over one annotated article at a time. What it
 * hands on is an {@link ArticleExtraction}; resolution across articles is the next stage's.
 */
public final class ExtractorChain {
    private final List<Extractor> extractors;

    private ExtractorChain(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /**
     * Checks that every extractor's requirements are provided by the annotators or an earlier
     * extractor, and fails with a message naming the extractor and what is missing.
     */
    public static ExtractorChain assemble(Set<String> annotators, List<Extractor> extractors) {
        Set<String> available = new HashSet<>(annotators);
        for (Extractor e : extractors) {
            Set<String> missing = new TreeSet<>(e.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("extractor '" + e.name() + "' requires " + missing
                        + ", which no annotator or earlier extractor provides (available: " + new TreeSet<>(available) + ")");
            }
            available.addAll(e.provides());
        }
        return new ExtractorChain(extractors);
    }

    /** The standard chain over the annotators a CoreNLP pipeline provides. */
    public static ExtractorChain standard(Set<String> annotators) {
        return assemble(annotators, defaultExtractors());
    }

    /** The extractors in the order they run. */
    public static List<Extractor> defaultExtractors() {
        return List.of(new MentionExtractor(), new CorefLinker(), new HeadingExtractor(), new RoleTitleExtractor(),
                new PlaceExtractor(), new VerbFrameExtractor(), new EvaluationExtractor(), new ModalityExtractor());
    }

    /** Runs the standard chain on annotations made elsewhere (tests, cached documents), without a loaded pipeline. */
    static ArticleExtraction extractWithDefaults(AnnotatedArticle annotated) {
        return standard(Set.of(NlpSettings.defaults().annotators().split(","))).extract(annotated);
    }

    /** Runs the extractors on one annotated article: its mentions, frames and sentences, before resolution. */
    public ArticleExtraction extract(AnnotatedArticle annotated) {
        ArticleContext ctx = new ArticleContext(annotated);
        run(ctx);
        return ArticleExtraction.of(ctx);
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public void run(ArticleContext ctx) {
        for (Extractor e : extractors) {
            e.extract(ctx);
        }
    }

    public List<String> names() {
        List<String> n = new ArrayList<>();
        extractors.forEach(e -> n.add(e.name()));
        return n;
    }
}
