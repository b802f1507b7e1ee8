package io.newsgraph.extract.relation;

import io.newsgraph.extract.Mention;

import java.util.ArrayList;
import java.util.List;

/** The candidate pairs of one sentence: every ordered pair of its named mentions whose types some predicate allows. */
public final class RelationCandidates {
    private RelationCandidates() {
    }

    public static List<Candidate> of(int sentence, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        for (Mention h : mentions) {
            for (Mention t : mentions) {
                if (h == t || h.synthetic() || t.synthetic() || h.sentence() != sentence || t.sentence() != sentence
                        || !Candidate.plausible(h.type(), t.type())) {
                    continue;
                }
                Candidate c = new Candidate(sentence, h.begin(), h.end(), h.type(), t.begin(), t.end(), t.type());
                if (!c.overlaps()) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
