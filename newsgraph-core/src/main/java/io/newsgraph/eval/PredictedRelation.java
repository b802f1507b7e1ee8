package io.newsgraph.eval;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

/**
 * A claim the pipeline made about a gold document, with its arguments as character spans of the
 * document text, the extractor that made it and its confidence. Negated and hypothetical
 * statements are never predictions: the data sets annotate only what the text asserts. The argument
 * types are ours; a data set's conventions may depend on them ({@link GoldFormat#scoredAs}).
 */
public record PredictedRelation(String document, Span head, EntityType headType, Predicate predicate, Span tail,
                                EntityType tailType, String extractor, double confidence) {
}
