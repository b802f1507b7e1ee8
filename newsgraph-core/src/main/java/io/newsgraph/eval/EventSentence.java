package io.newsgraph.eval;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Set;

/**
 * One sentence of an event test set and the events a careful reader codes in it. A sentence with no
 * expected event is a trap: every event found in it is wrong. {@code root} is the CAMEO root (first
 * two digits of the code) the sentence is scored under: that of its first row.
 */
public record EventSentence(String id, String text, String root, List<Expected> events) {
    /** One expected event; a name may have several accepted spellings (already normalised). */
    public record Expected(Predicate predicate, Set<String> sources, Set<String> targets, Polarity polarity,
                           Modality modality, String cameo) {
        public Expected {
            sources = Set.copyOf(sources);
            targets = Set.copyOf(targets);
        }

        public String root() {
            return cameo.substring(0, 2);
        }
    }

    public EventSentence {
        events = List.copyOf(events);
    }
}
