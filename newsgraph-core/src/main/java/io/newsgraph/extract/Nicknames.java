package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/** Quoted nicknames inside a person's name, one of the {@link MentionBoundaries} repairs. */
final class Nicknames {
    private Nicknames() {
    }

    /**
     * 'Thomas "Tommy" Reilly': a quoted nickname between a person's first name and surname is
     * inside one name; NER makes three people of it. {@link #nickname} finds it again.
     */
    static List<MentionBoundaries.Run> joinAcrossNickname(List<CoreLabel> toks, List<MentionBoundaries.Run> runs) {
        List<MentionBoundaries.Run> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            MentionBoundaries.Run r = runs.get(i);
            MentionBoundaries.Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == EntityType.PERSON && r.type() == EntityType.PERSON
                    && nicknameBetween(toks, prev.end(), r.begin()) >= 0) {
                out.set(out.size() - 1, prev.with(prev.begin(), r.end()));
            } else if (prev != null && prev.type() == EntityType.PERSON && i + 1 < runs.size() && r.end() - r.begin() == 1
                    && runs.get(i + 1).type() == EntityType.PERSON && nicknameBetween(toks, prev.end(), runs.get(i + 1).begin()) >= 0) {
                out.set(out.size() - 1, prev.with(prev.begin(), runs.get(i + 1).end()));
                i++;
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The token of a quoted single-word nickname filling exactly tokens [from, to), or -1. */
    static int nicknameBetween(List<CoreLabel> toks, int from, int to) {
        if (to - from != 3 || !isQuote(toks.get(from)) || !isQuote(toks.get(to - 1)) || !MentionBoundaries.isCapitalised(toks.get(from + 1))) {
            return -1;
        }
        return from + 1;
    }

    /** The nickname inside a person's name tokens [begin, end) ('Thomas "Tommy" Reilly' gives "Tommy"), if any. */
    static java.util.Optional<Integer> nickname(List<CoreLabel> toks, int begin, int end) {
        for (int i = begin + 1; i + 2 < end; i++) {
            int k = nicknameBetween(toks, i, i + 3);
            if (k >= 0) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isQuote(CoreLabel t) {
        return t.word().matches("[\"\u201C\u201D`']+|``|''");
    }
}
