package io.newsgraph.extract;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.List;

/**
 * One statement found in a sentence before resolution: who (agent) did what (predicate) to whom
 * (objects), about what (topics), anchored at a token (the verb or noun, -1 for none) whose
 * context decides polarity, modality and attribution. {@code cameo} is the CAMEO event code of the
 * dictionary entry that made the frame ("112"), null for frames from hand-made rules.
 */
public record Frame(String extractor, Predicate predicate, int sentence, int anchor, Mention agent,
                    List<Mention> objects, List<Mention> topics, double confidence, Polarity polarity,
                    Modality modality, String attributedTo, String date, String cameo) {
    public Frame {
        objects = List.copyOf(objects);
        topics = List.copyOf(topics);
    }

    public static Frame of(String extractor, Predicate p, int sentence, int anchor, Mention agent,
                           List<Mention> objects, List<Mention> topics, double confidence) {
        return new Frame(extractor, p, sentence, anchor, agent, objects, topics, confidence,
                Polarity.POSITIVE, Modality.ASSERTED, null, null, null);
    }

    public Frame withMarks(Polarity pol, Modality mod, String attributed, String when, double conf) {
        return new Frame(extractor, predicate, sentence, anchor, agent, objects, topics, conf, pol, mod, attributed, when, cameo);
    }

    public Frame withCameo(String code) {
        return new Frame(extractor, predicate, sentence, anchor, agent, objects, topics, confidence, polarity, modality,
                attributedTo, date, code);
    }
}
