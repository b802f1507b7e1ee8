package io.newsgraph.eval;

import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs the extraction pipeline over the sentences of an event test set and reads the events it
 * found: every frame's agent to each of its objects (topics are not targets), with the frame's
 * polarity and modality, before entity resolution, as {@link PipelineRelations} does for relations.
 */
public final class PipelineEvents {
    private final PipelineRelations runner;

    public PipelineEvents(PipelineRelations runner) {
        this.runner = runner;
    }

    public List<FoundEvent> find(List<EventSentence> sentences, IntConsumer onDone) {
        List<GoldDocument> docs = sentences.stream()
                .map(s -> new GoldDocument(s.id(), s.text(), List.of(), List.of())).toList();
        List<FoundEvent> out = new ArrayList<>();
        for (AnnotatedGold a : runner.annotate(docs, onDone)) {
            out.addAll(events(a.gold().id(), a.extraction().frames()));
        }
        return out;
    }

    static List<FoundEvent> events(String sentence, List<Frame> frames) {
        List<FoundEvent> out = new ArrayList<>();
        for (Frame f : frames) {
            if (f.agent() == null || !f.predicate().eventLike()) {
                continue;
            }
            for (Mention o : f.objects()) {
                out.add(new FoundEvent(sentence, f.predicate(), f.agent().name(), o.name(), f.polarity(), f.modality()));
            }
        }
        return out;
    }
}
