package io.newsgraph.extract;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

import java.util.List;

/**
 * One statement found in a sentence before resolution: who (agent) did what (predicate) to whom
 * (objects), about what (topics), anchored at a token (the verb or noun, -1 for none) whose
 * context decides polarity, modality and attribution. {@code cameo} is the CAMEO event code of the
 * dictionary entry that made the frame ("112"), null for frames from hand-made rules. {@code rule}
 * names the rule that made the frame as {@code extractor/rule} ("role-title/appositive"); it goes
 * into the fact's evidence, so every fact can say which rule made it.
 */
public record Frame(String rule, Predicate predicate, int sentence, int anchor, Mention agent,
                    List<Mention> objects, List<Mention> topics, double confidence, Polarity polarity,
                    Modality modality, String attributedTo, String date, String cameo) implements java.io.Serializable {
    public Frame {
        int slash = rule.lastIndexOf('/');
        if (slash <= 0 || slash == rule.length() - 1) {
            throw new IllegalArgumentException("rule " + rule + " is not written extractor/rule");
        }
        objects = List.copyOf(objects);
        topics = List.copyOf(topics);
    }

    /** The extractor that made the frame: the rule name up to its last slash ("relation-model/v2/classifier"). */
    public String extractor() {
        return rule.substring(0, rule.lastIndexOf('/'));
    }

    public static Frame of(String rule, Predicate p, int sentence, int anchor, Mention agent,
                           List<Mention> objects, List<Mention> topics, double confidence) {
        return new Frame(rule, p, sentence, anchor, agent, objects, topics, confidence,
                Polarity.POSITIVE, Modality.ASSERTED, null, null, null);
    }

    public Frame withMarks(Polarity pol, Modality mod, String attributed, String when, double conf) {
        return new Frame(rule, predicate, sentence, anchor, agent, objects, topics, conf, pol, mod, attributed, when, cameo);
    }

    public Frame withCameo(String code) {
        return new Frame(rule, predicate, sentence, anchor, agent, objects, topics, confidence, polarity, modality,
                attributedTo, date, code);
    }
}
