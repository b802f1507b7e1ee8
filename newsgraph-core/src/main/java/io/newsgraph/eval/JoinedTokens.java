package io.newsgraph.eval;

import java.util.List;
import java.util.Map;

/**
 * Pre-tokenised text joined into plain text the pipeline can read: tokens separated by one space,
 * sentences by a newline (the pipeline ends a sentence at every newline), each token's character
 * offsets kept so that a token span of the data set becomes a character span, and so stays
 * comparable with mentions CoreNLP finds after tokenising the text its own way. Penn Treebank
 * bracket escapes ("-LRB-") are written as the brackets they stand for.
 */
public final class JoinedTokens {
    private static final Map<String, String> ESCAPES = Map.of("-LRB-", "(", "-RRB-", ")", "-LCB-", "{", "-RCB-", "}",
            "-LSB-", "[", "-RSB-", "]");

    private final StringBuilder text = new StringBuilder();
    private final java.util.ArrayList<int[]> sentenceTokens = new java.util.ArrayList<>();

    /** Appends one sentence and returns its index. */
    public int addSentence(List<String> tokens) {
        if (!sentenceTokens.isEmpty()) {
            text.append('\n');
        }
        int[] begins = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            begins[i] = text.length();
            text.append(ESCAPES.getOrDefault(tokens.get(i), tokens.get(i)));
        }
        begins[tokens.size()] = text.length();
        sentenceTokens.add(begins);
        // The end of token i is the start of token i+1 less the space; the sentence end is kept last.
        return sentenceTokens.size() - 1;
    }

    /** The characters of tokens [start, end) of a sentence, without the spaces around them. */
    public Span span(int sentence, int start, int end) {
        int[] begins = sentenceTokens.get(sentence);
        if (start < 0 || end <= start || end >= begins.length) {
            throw new IllegalArgumentException("token span " + start + ".." + end + " is outside sentence " + sentence
                    + " of " + (begins.length - 1) + " tokens");
        }
        int last = end == begins.length - 1 ? begins[end] : begins[end] - 1;
        return new Span(begins[start], last);
    }

    public String text() {
        return text.toString();
    }
}
