package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sentence an event node shows, as the Bolt loader and the bulk import files both decide
 * it: an event gets the sentence of the first evidence read in the article and sentence where it
 * was stated ({@code exact}); an event no such evidence reached gets the first sentence of a fact
 * that names it. Events are registered as they arrive, before the facts (the GraphSink order).
 */
final class EventSentences {
    /** A sentence offered to an event; an exact one wins over any other. */
    record Offer(String event, String text, boolean exact) {
    }

    /** Events still waiting for the sentence they were stated in, by article and sentence index. */
    private final Map<String, List<String>> waiting = new HashMap<>();

    void stated(Event event) {
        waiting.computeIfAbsent(key(event.article(), event.sentence()), k -> new ArrayList<>()).add(event.id());
    }

    /** The sentences this fact offers: one per waiting event stated where its evidence was read (once per event), and its first sentence to the event it names. */
    List<Offer> offers(Fact fact) {
        List<Offer> out = new ArrayList<>();
        for (Evidence e : fact.evidence()) {
            List<String> ids = waiting.remove(key(e.article(), e.sentence()));
            if (ids != null) {
                ids.forEach(id -> out.add(new Offer(id, e.text(), true)));
            }
        }
        if (fact.event() != null && !fact.evidence().isEmpty()) {
            out.add(new Offer(fact.event(), fact.evidence().get(0).text(), false));
        }
        return out;
    }

    private static String key(String article, int sentence) {
        return article + '\u0000' + sentence;
    }
}
