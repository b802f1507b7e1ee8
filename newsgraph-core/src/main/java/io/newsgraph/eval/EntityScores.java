package io.newsgraph.eval;

import io.newsgraph.model.EntityType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entity score: counts per type (people, organisations, places), their micro sum, how many
 * annotated entities were missed and how many found mentions were wrong for each kind of defect,
 * every error for a reader who wants to see them, and how many right mentions matched only with
 * the annotation's sentence-final period left out ({@link EntityScorer}).
 */
public record EntityScores(Map<EntityType, Counts> perType, Map<EntityDefect, Integer> missedBy,
                           Map<EntityDefect, Integer> wrongBy, List<EntityError> errors, int periodForgiven) {
    /**
     * One missed annotated entity ({@code missed}) or one wrong found mention: its document, span
     * and type (the data set's label or ours), the defect, and the spans of the other side that
     * overlap it.
     */
    public record EntityError(String document, boolean missed, EntityDefect defect, Span span, String type, List<Span> overlapping) {
        public EntityError {
            overlapping = List.copyOf(overlapping);
        }
    }

    public EntityScores {
        perType = Map.copyOf(perType);
        missedBy = Map.copyOf(missedBy);
        wrongBy = Map.copyOf(wrongBy);
        errors = List.copyOf(errors);
    }

    public Counts micro() {
        return perType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    public Counts of(EntityType t) {
        return perType.getOrDefault(t, Counts.ZERO);
    }

    public int missed(EntityDefect d) {
        return missedBy.getOrDefault(d, 0);
    }

    public int wrong(EntityDefect d) {
        return wrongBy.getOrDefault(d, 0);
    }

    static Map<EntityDefect, Integer> emptyDefects() {
        return new EnumMap<>(EntityDefect.class);
    }
}
