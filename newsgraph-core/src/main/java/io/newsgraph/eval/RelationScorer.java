package io.newsgraph.eval;

import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predicted relations against gold documents. An argument is the gold entity one of whose
 * mentions has exactly the argument's character span: boundaries are strict, and a span that
 * matches no gold mention can never be right. Relations are compared as sets of (document, head
 * entity, predicate, tail entity), so a relation stated twice counts once, and in DocRED any
 * mention of an entity stands for it. Predictions are first put in the data set's terms
 * ({@link GoldFormat#scoredAs}); predicates the data set does not annotate are left out.
 */
public final class RelationScorer {
    private final GoldFormat format;

    public RelationScorer(GoldFormat format) {
        this.format = format;
    }

    public Scores score(List<GoldDocument> docs, List<PredictedRelation> predictions) {
        Map<String, GoldDocument> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        Set<Scores.Triple> gold = new LinkedHashSet<>();
        for (GoldDocument d : docs) {
            for (GoldRelation r : d.relations()) {
                gold.add(new Scores.Triple(d.id(), r.head(), r.predicate(), r.tail()));
            }
        }
        Set<Scores.Triple> found = new LinkedHashSet<>();
        for (PredictedRelation p : predictions) {
            GoldDocument d = byId.get(p.document());
            Optional<Predicate> as = format.scoredAs(p.predicate(), p.tailType());
            if (d == null || as.isEmpty()) {
                continue;
            }
            String head = argument(d, p.head());
            String tail = argument(d, p.tail());
            if (!head.equals(tail)) {
                found.add(new Scores.Triple(d.id(), head, as.get(), tail));
            }
        }
        Map<Predicate, Counts> counts = new EnumMap<>(Predicate.class);
        format.predicates().forEach(p -> counts.put(p, Counts.ZERO));
        List<Scores.Triple> wrong = new ArrayList<>();
        List<Scores.Triple> missed = new ArrayList<>();
        for (Scores.Triple t : found) {
            boolean right = gold.contains(t);
            counts.merge(t.predicate(), right ? new Counts(1, 0, 0) : new Counts(0, 1, 0), Counts::plus);
            if (!right) {
                wrong.add(t);
            }
        }
        for (Scores.Triple t : gold) {
            if (!found.contains(t)) {
                counts.merge(t.predicate(), new Counts(0, 0, 1), Counts::plus);
                missed.add(t);
            }
        }
        return new Scores(counts, wrong, missed);
    }

    private static String argument(GoldDocument d, Span span) {
        return d.entityAt(span).map(GoldEntity::id).orElse("span:" + span.begin() + "-" + span.end());
    }
}
