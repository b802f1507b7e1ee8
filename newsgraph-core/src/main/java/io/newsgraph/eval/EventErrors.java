package io.newsgraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The wrong and missed events of an event set score, each with its sentence, for a reader who wants to see why. */
public final class EventErrors {
    private EventErrors() {
    }

    public static String describe(List<EventSentence> sentences, EventScorer.Result r, int limit) {
        Map<String, EventSentence> byId = sentences.stream().collect(Collectors.toMap(EventSentence::id, Function.identity()));
        StringBuilder b = new StringBuilder();
        r.wrong().stream().limit(limit).forEach(f -> b.append(String.format(Locale.ROOT, "wrong  %s  %s %s %s [%s/%s]  | %s%n",
                f.sentence(), f.source(), f.predicate(), f.target(), f.polarity().json(), f.modality().json(),
                byId.get(f.sentence()).text())));
        r.missed().stream().limit(limit).forEach(m -> b.append(String.format(Locale.ROOT, "missed %s  %s %s %s [%s/%s]  | %s%n",
                m.sentence().id(), String.join("|", m.event().sources()), m.event().predicate(),
                String.join("|", m.event().targets()), m.event().polarity().json(), m.event().modality().json(),
                m.sentence().text())));
        return b.toString();
    }
}
