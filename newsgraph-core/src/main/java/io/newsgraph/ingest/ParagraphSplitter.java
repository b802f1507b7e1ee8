package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cuts normalised text into paragraphs. Blank lines always separate paragraphs. Inside a block,
 * a line is its own paragraph (a headline, caption, list item or one-line-per-paragraph text)
 * unless it is clearly the continuation of a hard-wrapped sentence: CoreNLP treats every newline
 * as a sentence break, so a headline must never be glued to the body, nor a wrapped sentence cut.
 */
final class ParagraphSplitter {
    private static final int WRAPPED_LINE_MIN = 50;
    /** "Bowman said." under a closing quote: the attribution belongs to the quote's sentence. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]{0,40}\\s(said|says|added|told|wrote|asked|insisted|argued)\\b.{0,80}");

    private ParagraphSplitter() {
    }

    /** Splits text; lines that {@code standalone} accepts (furniture, markers) are never joined. */
    static List<Para> split(String text, Predicate<String> standalone) {
        List<Para> out = new ArrayList<>();
        int block = 0;
        StringBuilder current = null;
        String previousLine = null;
        boolean previousStandalone = false;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (current != null) {
                    out.add(new Para(current.toString(), block));
                    current = null;
                    previousLine = null;
                    block++;
                }
                continue;
            }
            boolean lineStandalone = standalone.test(line);
            if (current != null && !previousStandalone && !lineStandalone
                    && continues(previousLine, line, out.isEmpty() && isFirstLine(current, previousLine))) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    out.add(new Para(current.toString(), block));
                }
                current = new StringBuilder(line);
            }
            previousLine = line;
            previousStandalone = lineStandalone;
        }
        if (current != null) {
            out.add(new Para(current.toString(), block));
        }
        return out;
    }

    private static boolean isFirstLine(StringBuilder current, String previousLine) {
        return current.length() == previousLine.length();
    }

    /** Whether line {@code next} continues the sentence that {@code line} leaves open. */
    static boolean continues(String line, String next, boolean firstLineOfText) {
        if ((line.endsWith("”") || line.endsWith("\"")) && ATTRIBUTION.matcher(next).matches()) {
            return true;
        }
        if (Headlines.isListItemOrHeading(next) || Headlines.endsSentence(line)) {
            return false;
        }
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (firstLineOfText && Headlines.looksLikeHeadline(line)) {
            return false;
        }
        return line.length() >= WRAPPED_LINE_MIN && !Headlines.isTitleCase(line);
    }
}
