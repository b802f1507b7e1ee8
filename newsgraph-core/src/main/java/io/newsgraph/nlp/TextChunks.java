package io.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces CoreNLP can annotate one at a time. Coreference over a whole
 * long document grows faster than its length in time and heap (a 100,000-character article ran
 * out of a 4 GB heap), so long articles are annotated piece by piece. A cut never splits a
 * sentence: it falls at a paragraph break if the piece has one, else at a line break (with
 * {@code ssplit.newlineIsSentenceBreak=always} every newline ends a sentence), else after a
 * sentence-final full stop that is not an abbreviation, else at a space, and only as a last
 * resort anywhere. Each cut sits after the whitespace that follows it, so pieces cover the text
 * without gaps and every piece but the last ends in whitespace.
 */
public final class TextChunks {
    private TextChunks() {
    }

    /** Characters [begin, end) of the article text. */
    public record Chunk(int begin, int end) {
        public Chunk {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("bad chunk [" + begin + ", " + end + ")");
            }
        }

        public String of(String text) {
            return text.substring(begin, end);
        }
    }

    /** Pieces of at most {@code maxChars} characters each; one piece when the text fits. */
    public static List<Chunk> split(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
        }
        List<Chunk> chunks = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > maxChars) {
            int end = cut(text, begin, begin + maxChars);
            chunks.add(new Chunk(begin, end));
            begin = end;
        }
        if (begin < text.length() || chunks.isEmpty()) {
            chunks.add(new Chunk(begin, text.length()));
        }
        return chunks;
    }

    /**
     * The best cut in (begin, limit]: the last paragraph break, else the last line break, else
     * the last sentence end, else the last space. Only cuts in the second half of the window
     * count, so a break near the start does not leave a run of tiny pieces.
     */
    static int cut(String text, int begin, int limit) {
        int floor = begin + (limit - begin) / 2;
        int c = lastBreak(text, floor, limit, "\n\n");
        if (c < 0) {
            c = lastBreak(text, floor, limit, "\n");
        }
        if (c < 0) {
            c = lastSentenceEnd(text, floor, limit);
        }
        if (c < 0) {
            c = lastBreak(text, floor, limit, " ");
        }
        return c < 0 ? limit : c;
    }

    /** The position after the whitespace run that follows the last {@code mark} ending in [floor, limit). */
    private static int lastBreak(String text, int floor, int limit, String mark) {
        int at = text.lastIndexOf(mark, limit - mark.length());
        while (at >= 0 && at + mark.length() > floor) {
            int after = skipSpace(text, at + mark.length(), limit);
            if (after > floor) {
                return after;
            }
            at = text.lastIndexOf(mark, at - 1);
        }
        return -1;
    }

    /**
     * After the last "word. Next" in the window where the word before the stop is lower case and
     * at least two letters long ("again. Rain"): "Mr. Ruiz", "U.S. officials" and "No. 10" are
     * not sentence ends, and a wrong cut would split one sentence into two.
     */
    private static int lastSentenceEnd(String text, int floor, int limit) {
        for (int i = limit - 2; i > floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)) && lowerWordBefore(text, i)) {
                int after = skipSpace(text, i + 1, limit);
                if (after < limit && after > floor && startsSentence(text.charAt(after))) {
                    return after;
                }
            }
        }
        return -1;
    }

    private static boolean lowerWordBefore(String text, int stop) {
        int n = 0;
        for (int i = stop - 1; i >= 0 && Character.isLetter(text.charAt(i)); i--) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
            n++;
        }
        return n >= 2;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || c == '"' || c == '\u201c';
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
