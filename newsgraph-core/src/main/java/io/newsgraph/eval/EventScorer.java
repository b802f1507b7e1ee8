package io.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores found events against an event test set, strictly: a found event is right only when an
 * expected event of its sentence has the same predicate, polarity and modality, and its source and
 * target are among the accepted spellings (either way round for a symmetric predicate). Each
 * expected event is matched at most once, and the same event found twice counts once. Counts go
 * to the predicate and to the CAMEO root: an expected event's own root, and for a wrong event, the
 * root of the sentence it was found in.
 */
public final class EventScorer {
    /** The outcome: counts per predicate and per CAMEO root, and the events that were wrong or missed. */
    public record Result(Map<String, Counts> perPredicate, Map<String, Counts> perRoot, List<FoundEvent> wrong,
                         List<Missed> missed) {
        public Counts micro() {
            return perPredicate.values().stream().reduce(Counts.ZERO, Counts::plus);
        }
    }

    /** An expected event nothing matched, with its sentence. */
    public record Missed(EventSentence sentence, EventSentence.Expected event) {
    }

    public Result score(List<EventSentence> sentences, List<FoundEvent> found) {
        Map<String, Counts> perPredicate = new TreeMap<>();
        Map<String, Counts> perRoot = new TreeMap<>();
        List<FoundEvent> wrong = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        for (EventSentence s : sentences) {
            perRoot.merge(s.root(), Counts.ZERO, Counts::plus);
            Set<FoundEvent> mine = new LinkedHashSet<>();
            found.stream().filter(f -> f.sentence().equals(s.id())).forEach(f -> mine.add(f.canonical()));
            List<EventSentence.Expected> open = new ArrayList<>(s.events());
            for (FoundEvent f : mine) {
                EventSentence.Expected hit = open.stream().filter(e -> matches(e, f)).findFirst().orElse(null);
                Counts c = hit == null ? new Counts(0, 1, 0) : new Counts(1, 0, 0);
                perPredicate.merge(f.predicate().name(), c, Counts::plus);
                perRoot.merge(hit == null ? s.root() : hit.root(), c, Counts::plus);
                if (hit == null) {
                    wrong.add(f);
                } else {
                    open.remove(hit);
                }
            }
            for (EventSentence.Expected e : open) {
                perPredicate.merge(e.predicate().name(), new Counts(0, 0, 1), Counts::plus);
                perRoot.merge(e.root(), new Counts(0, 0, 1), Counts::plus);
                missed.add(new Missed(s, e));
            }
        }
        return new Result(perPredicate, perRoot, wrong, missed);
    }

    static boolean matches(EventSentence.Expected e, FoundEvent f) {
        if (e.predicate() != f.predicate() || e.polarity() != f.polarity() || e.modality() != f.modality()) {
            return false;
        }
        boolean straight = e.sources().contains(f.source()) && e.targets().contains(f.target());
        boolean swapped = e.sources().contains(f.target()) && e.targets().contains(f.source());
        return straight || (f.predicate().symmetric() && swapped);
    }
}
