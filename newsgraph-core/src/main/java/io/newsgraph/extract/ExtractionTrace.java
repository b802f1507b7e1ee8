package io.newsgraph.extract;

import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an extractor hears of a candidate statement it considered and dropped, and why: the
 * {@code explain} command records them to show why a sentence gave no fact. Extraction runs with
 * {@link #NONE}, which does nothing; reasons are constant strings, so a call costs no allocation.
 */
public interface ExtractionTrace {
    ExtractionTrace NONE = (rule, sentence, predicate, agent, objects, reason) -> { };

    /**
     * A dropped candidate: the rule that considered it, the sentence, the predicate it would have had
     * (null when no predicate was chosen), the agent and objects it had (either may be empty or null).
     */
    void dropped(String rule, int sentence, Predicate predicate, Mention agent, List<Mention> objects, String reason);

    /** One dropped candidate, as a {@link Recorder} keeps it. */
    record Dropped(String rule, int sentence, Predicate predicate, Mention agent, List<Mention> objects, String reason) {
        public Dropped {
            objects = objects == null ? List.of() : List.copyOf(objects);
        }
    }

    /** A trace that keeps every dropped candidate in the order reported. */
    final class Recorder implements ExtractionTrace {
        private final List<Dropped> dropped = new ArrayList<>();

        @Override
        public void dropped(String rule, int sentence, Predicate predicate, Mention agent, List<Mention> objects, String reason) {
            dropped.add(new Dropped(rule, sentence, predicate, agent, objects, reason));
        }

        public List<Dropped> all() {
            return List.copyOf(dropped);
        }
    }
}
