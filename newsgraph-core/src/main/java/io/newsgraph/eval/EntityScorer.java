package io.newsgraph.eval;

import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores found mentions against the annotated entity mentions, boundary-strict: a mention is right
 * only when its characters are exactly those of an annotated mention and its type is the one the
 * annotation's label maps onto ({@link LabelMapping#entityType}). Only people, organisations and
 * places are scored; annotated names of other labels (CoNLL04's Other) are no one's gold, and a
 * mention on one counts as wrong, under its own defect. Every annotated mention is one unit, so a
 * DocRED entity named three times is three units; a span found twice counts once.
 *
 * <p>One convention of the data is forgiven: CoNLL04's tokens glue the period that ends a sentence
 * to its last word ("... northeast of Boise."), so the annotated place is "Boise." where any
 * tokenizer, and any reader, sees "Boise". An annotated name that ends its sentence with a period
 * also matches without that period; {@link EntityScores#periodForgiven()} counts how often that
 * decided a match.
 */
public final class EntityScorer {
    private record Unit(Span span, Span withoutFinalPeriod, EntityType type, String label) {
        boolean matches(Span s) {
            return span.equals(s) || s.equals(withoutFinalPeriod);
        }
    }

    public EntityScores score(List<GoldDocument> docs, List<PredictedEntity> predictions) {
        Map<String, Set<PredictedEntity>> found = new java.util.HashMap<>();
        for (PredictedEntity p : predictions) {
            if (p.type() == EntityType.PERSON || p.type() == EntityType.ORGANIZATION || p.type() == EntityType.LOCATION) {
                found.computeIfAbsent(p.document(), k -> new LinkedHashSet<>()).add(p);
            }
        }
        Map<EntityType, Counts> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            counts.put(t, Counts.ZERO);
        }
        Map<EntityDefect, Integer> missedBy = EntityScores.emptyDefects();
        Map<EntityDefect, Integer> wrongBy = EntityScores.emptyDefects();
        List<EntityScores.EntityError> errors = new ArrayList<>();
        int periodForgiven = 0;
        for (GoldDocument d : docs) {
            List<Unit> gold = units(d);
            List<PredictedEntity> preds = new ArrayList<>(found.getOrDefault(d.id(), Set.of()));
            for (Unit g : gold) {
                if (g.type() == null) {
                    continue;
                }
                if (preds.stream().anyMatch(p -> g.matches(p.span()) && p.type() == g.type())) {
                    counts.merge(g.type(), new Counts(1, 0, 0), Counts::plus);
                    if (preds.stream().noneMatch(p -> p.span().equals(g.span()) && p.type() == g.type())) {
                        periodForgiven++;
                    }
                    continue;
                }
                counts.merge(g.type(), new Counts(0, 0, 1), Counts::plus);
                List<Span> over = preds.stream().map(PredictedEntity::span).filter(s -> overlaps(s, g.span())).distinct().toList();
                EntityDefect why = missedBecause(g, over, gold);
                missedBy.merge(why, 1, Integer::sum);
                errors.add(new EntityScores.EntityError(d.id(), true, why, g.span(), g.label(), over));
            }
            for (PredictedEntity p : preds) {
                if (gold.stream().anyMatch(g -> g.matches(p.span()) && g.type() == p.type())) {
                    continue;
                }
                counts.merge(p.type(), new Counts(0, 1, 0), Counts::plus);
                List<Unit> over = gold.stream().filter(g -> overlaps(g.span(), p.span())).toList();
                EntityDefect why = wrongBecause(p, over, preds);
                wrongBy.merge(why, 1, Integer::sum);
                errors.add(new EntityScores.EntityError(d.id(), false, why, p.span(), p.type().label(),
                        over.stream().map(Unit::span).toList()));
            }
        }
        return new EntityScores(counts, missedBy, wrongBy, errors, periodForgiven);
    }

    private static List<Unit> units(GoldDocument d) {
        List<Unit> out = new ArrayList<>();
        Set<Span> seen = new java.util.HashSet<>();
        for (GoldEntity e : d.entities()) {
            Optional<EntityType> t = LabelMapping.entityType(e.type());
            for (Span s : e.mentions()) {
                if (seen.add(s)) {
                    out.add(new Unit(s, withoutFinalPeriod(d.text(), s), t.orElse(null), e.type()));
                }
            }
        }
        return out;
    }

    /** The span without a period that ends both it and its sentence ("Boise." at the end of a line), or null. */
    static Span withoutFinalPeriod(String text, Span s) {
        int rest = s.end();
        while (rest < text.length() && text.charAt(rest) != '\n' && Character.isWhitespace(text.charAt(rest))) {
            rest++;
        }
        if (s.end() - s.begin() < 2 || text.charAt(s.end() - 1) != '.' || (rest < text.length() && text.charAt(rest) != '\n')) {
            return null;
        }
        int end = s.end() - 1;
        while (end > s.begin() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > s.begin() ? new Span(s.begin(), end) : null;
    }

    /** Why no found mention has this annotated name's span and type. */
    private static EntityDefect missedBecause(Unit g, List<Span> over, List<Unit> gold) {
        if (over.isEmpty()) {
            return EntityDefect.NOT_FOUND;
        }
        if (over.stream().anyMatch(g::matches)) {
            return EntityDefect.TYPE;
        }
        if (over.size() > 1) {
            return EntityDefect.SPLIT;
        }
        Span p = over.get(0);
        if (gold.stream().filter(o -> o.type() != null && overlaps(o.span(), p)).count() > 1) {
            return EntityDefect.MERGED;
        }
        return boundary(p, g.span());
    }

    /** Why this found mention matches no annotated name with its span and type. */
    private static EntityDefect wrongBecause(PredictedEntity p, List<Unit> over, List<PredictedEntity> preds) {
        List<Unit> scored = over.stream().filter(g -> g.type() != null).toList();
        if (scored.isEmpty()) {
            return over.isEmpty() ? EntityDefect.SPURIOUS : EntityDefect.UNSCORED_ENTITY;
        }
        if (scored.stream().anyMatch(g -> g.matches(p.span()))) {
            return EntityDefect.TYPE;
        }
        if (scored.size() > 1) {
            return EntityDefect.MERGED;
        }
        Span g = scored.get(0).span();
        if (preds.stream().filter(o -> overlaps(o.span(), g)).map(PredictedEntity::span).distinct().count() > 1) {
            return EntityDefect.SPLIT;
        }
        return boundary(p.span(), g);
    }

    private static EntityDefect boundary(Span found, Span gold) {
        if (found.begin() <= gold.begin() && found.end() >= gold.end()) {
            return EntityDefect.TOO_LONG;
        }
        if (gold.begin() <= found.begin() && gold.end() >= found.end()) {
            return EntityDefect.TOO_SHORT;
        }
        return EntityDefect.SHIFTED;
    }

    static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}
