package io.newsgraph.extract;

import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.model.Article;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;

import java.util.List;
import java.util.stream.Collectors;

/** Runs the real pipeline (shared CoreNLP models) on a made-up text and queries the facts. */
public record Extracted(Graph graph) {
    private static ExtractionPipeline pipeline;

    public static synchronized Extracted from(String text) {
        if (pipeline == null) {
            pipeline = ExtractionPipeline.create(1);
        }
        Article a = new Article("t1", "test", "unit test", "2025-03-14", null, null, null, text);
        return new Extracted(pipeline.extract(List.of(a)));
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
