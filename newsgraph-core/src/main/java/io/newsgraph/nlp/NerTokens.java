package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence's tokens as CoreNLP's NER sees them: the tokenizer splits "right-wing" into "right",
 * "-", "wing", but NER (and its fine-grained step) works on the word rejoined, then gives its tag to
 * every piece. A piece joins the one before when they touch across a hyphen, unless the word after
 * the hyphen is one of CoreNLP's exceptions ("Chicago-based", "Texas-born" keep the place apart).
 * A joined word takes the part of speech and tag of its first piece.
 */
final class NerTokens {
    /** CoreNLP's words after a hyphen that keep the word before it apart (NERCombinerAnnotator). */
    private static final Set<String> KEPT_APART = Set.of("based", "area", "registered", "headquartered", "native",
            "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private final List<CoreLabel> tokens;
    /** For each joined word, the index of its first piece; one more entry marks the end. */
    private final List<Integer> starts;
    private final List<String> words;

    private NerTokens(List<CoreLabel> tokens, List<Integer> starts, List<String> words) {
        this.tokens = tokens;
        this.starts = starts;
        this.words = words;
    }

    static NerTokens of(List<CoreLabel> sentence) {
        List<Integer> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lastAfter = null;
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel t = sentence.get(i);
            boolean touching = !starts.isEmpty() && "".equals(lastAfter);
            boolean join = touching && (t.word().equals("-")
                    ? i + 1 < sentence.size() && !KEPT_APART.contains(sentence.get(i + 1).word())
                    : word.toString().endsWith("-") && !KEPT_APART.contains(t.word()));
            if (join) {
                word.append(t.word());
            } else {
                if (!starts.isEmpty()) {
                    words.add(word.toString());
                }
                starts.add(i);
                word.setLength(0);
                word.append(t.word());
            }
            lastAfter = t.containsKey(CoreAnnotations.AfterAnnotation.class) ? t.after() : null;
        }
        if (!starts.isEmpty()) {
            words.add(word.toString());
        }
        starts.add(sentence.size());
        return new NerTokens(sentence, starts, words);
    }

    List<String> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    String tag(int word) {
        return tokens.get(starts.get(word)).tag();
    }

    String ner(int word) {
        return tokens.get(starts.get(word)).ner();
    }

    /** Gives the tag to every piece of the word. */
    void setNer(int word, String ner) {
        for (int k = starts.get(word); k < starts.get(word + 1); k++) {
            tokens.get(k).setNER(ner);
        }
    }
}
