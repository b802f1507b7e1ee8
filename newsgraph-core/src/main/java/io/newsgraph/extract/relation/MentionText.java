package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/** The text of tokens [begin, end) as written: original characters, a space wherever the text had whitespace. */
final class MentionText {
    private MentionText() {
    }

    static String of(List<CoreLabel> toks, int begin, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < end; i++) {
            CoreLabel t = toks.get(i);
            if (i > begin && t.before() != null && !t.before().isEmpty()) {
                b.append(' ');
            }
            b.append(t.originalText() == null || t.originalText().isEmpty() ? t.word() : t.originalText());
        }
        return b.toString();
    }
}
