package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate pairs of one sentence: every ordered pair of its named mentions whose types some
 * predicate allows ({@link ArgumentTypes}), each in every combination of the two mentions'
 * readings ({@link ArgumentSpans}) that do not overlap. A dateline's place in capitals, which is
 * no mention, may be the head of a relation to a place ("DAYTON, Ohio").
 */
public final class RelationCandidates {
    private RelationCandidates() {
    }

    public static List<Candidate> of(int sentence, List<CoreLabel> toks, List<Mention> mentions) {
        List<Mention> named = new ArrayList<>(mentions.stream().filter(m -> !m.synthetic() && m.sentence() == sentence).toList());
        List<Mention> datelines = ArgumentSpans.datelinePlaces(sentence, toks, named);
        named.addAll(datelines);
        List<List<Candidate.Argument>> readings = new ArrayList<>();
        named.forEach(m -> readings.add(ArgumentSpans.of(m, toks, named)));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = 0; j < named.size(); j++) {
                Mention h = named.get(i);
                Mention t = named.get(j);
                if (i == j || !Candidate.plausible(h.type(), t.type()) || (h.begin() < t.end() && t.begin() < h.end())
                        || datelines.contains(t) || (datelines.contains(h) && t.type() != EntityType.LOCATION)) {
                    continue;
                }
                for (Candidate.Argument ha : readings.get(i)) {
                    for (Candidate.Argument ta : readings.get(j)) {
                        Candidate c = new Candidate(sentence, ha, ta);
                        if (!c.overlaps()) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }
}
