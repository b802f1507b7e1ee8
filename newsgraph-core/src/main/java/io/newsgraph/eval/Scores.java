package io.newsgraph.eval;

import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring: counts per predicate (in the predicate order of the core set), their
 * micro sum, and the relations that were wrong or missed, for a reader who wants to see why.
 */
public record Scores(Map<Predicate, Counts> perPredicate, List<Triple> wrong, List<Triple> missed) {
    /** One relation between two arguments of a document, named by gold entity id or by span when no gold entity matches. */
    public record Triple(String document, String head, Predicate predicate, String tail) {
    }

    public Scores {
        perPredicate = Map.copyOf(perPredicate);
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
    }

    public Counts micro() {
        return perPredicate.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    public Counts of(Predicate p) {
        return perPredicate.getOrDefault(p, Counts.ZERO);
    }
}
