package io.newsgraph.eval;

import java.util.List;
import java.util.Optional;

/**
 * A gold document rebuilt as text: the data sets come pre-tokenised, so their tokens are joined
 * with spaces ({@link JoinedTokens}) and every entity mention becomes a character span of that
 * text. Relations whose label has no predicate here are dropped by the reader.
 */
public record GoldDocument(String id, String text, List<GoldEntity> entities, List<GoldRelation> relations) {
    public GoldDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** The entity one of whose mentions has exactly this span (strict boundaries). */
    public Optional<GoldEntity> entityAt(Span span) {
        for (GoldEntity e : entities) {
            if (e.mentions().contains(span)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
