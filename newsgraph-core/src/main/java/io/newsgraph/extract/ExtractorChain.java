package io.newsgraph.extract;

import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.NlpSettings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * extractor, and that no later extractor adds to what an extractor required (it would have
     * read it incomplete: the modality marks must come after every frame). Fails with a message
     * naming the extractor and what is wrong.
     */
    public static ExtractorChain assemble(Set<String> annotators, List<Extractor> extractors) {
        Set<Capability> available = EnumSet.noneOf(Capability.class);
        available.addAll(Capability.ofAnnotators(annotators));
        Map<Capability, String> readBy = new EnumMap<>(Capability.class);
        for (Extractor e : extractors) {
            Set<Capability> missing = EnumSet.noneOf(Capability.class);
            missing.addAll(e.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("extractor '" + e.name() + "' requires " + missing
                        + ", which no annotator or earlier extractor provides (available: " + available + ")");
            }
            for (Capability c : e.provides()) {
                if (readBy.containsKey(c)) {
                    throw new IllegalStateException("extractor '" + e.name() + "' provides " + c + ", which '"
                            + readBy.get(c) + "' already read: it must come after '" + e.name() + "'");
                }
            }
            e.requires().forEach(c -> readBy.putIfAbsent(c, e.name()));
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
                new AntecedentLinker(), new PlaceExtractor(), new VerbFrameExtractor(), new EvaluationExtractor(),
                new ModalityExtractor());
    }

    /** Runs the standard chain on annotations made elsewhere (tests, cached documents), without a loaded pipeline. */
    static ArticleExtraction extractWithDefaults(AnnotatedArticle annotated) {
        return standard(NlpSettings.defaults().annotatorSet()).extract(annotated);
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
