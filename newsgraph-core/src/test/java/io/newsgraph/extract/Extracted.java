package io.newsgraph.extract;

import io.newsgraph.nlp.CheckedInAnnotations;
import io.newsgraph.nlp.NlpSettings;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.model.Article;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the real extractor chain and resolution on a made-up text and queries the facts. The
 * CoreNLP annotation of the text is the checked-in one ({@link CheckedInAnnotations}), so these
 * unit tests load no models; {@code CheckedInAnnotationsIT} keeps those annotations current.
 */
public record Extracted(Graph graph) {
    /** The extraction's chain (the rules and the relation classifier) over the default annotators. */
    static final ExtractorChain CHAIN = ExtractorChain.assemble(
            NlpSettings.defaults().annotatorSet(), ExtractionPipeline.defaultExtractors());

    public static Extracted from(String text) {
        Article a = article(text);
        return new Extracted(Resolver.resolve(List.of(a), List.of(CHAIN.extract(CheckedInAnnotations.of(a)))));
    }

    /** The article every test text becomes: its date anchors the time expressions. */
    public static Article article(String text) {
        return new Article("t1", "test", "unit test", "2025-03-14", null, null, null, text);
    }

    public List<Fact> facts(String subject, String predicate, String object) {
        return graph.facts().stream()
                .filter(f -> f.subject().equals(subject) && f.predicate().name().equals(predicate) && f.object().equals(object))
                .toList();
    }

    /** A claim (positive, not hypothetical) with these names exists. */
    public boolean claims(String subject, String predicate, String object) {
        return facts(subject, predicate, object).stream().anyMatch(Fact::isClaim);
    }

    public boolean has(String subject, String predicate, String object, Polarity p, Modality m) {
        return facts(subject, predicate, object).stream().anyMatch(f -> f.polarity() == p && f.modality() == m);
    }

    public boolean anyClaimBetween(String a, String b) {
        return graph.facts().stream().filter(Fact::isClaim).anyMatch(f -> (f.subject().equals(a) && f.object().equals(b))
                || (f.subject().equals(b) && f.object().equals(a)));
    }

    @Override
    public String toString() {
        return graph.facts().stream().map(f -> f.subject() + " " + f.predicate() + " " + f.object() + " [" + f.polarity().json()
                + "/" + f.modality().json() + (f.role() == null ? "" : "/" + f.role()) + "]").collect(Collectors.joining("\n"));
    }
}
