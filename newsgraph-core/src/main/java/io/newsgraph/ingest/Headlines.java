package io.newsgraph.ingest;

import java.util.regex.Pattern;

/** Shape tests for short lines: headlines, captions, list items. Shape only, no vocabulary. */
final class Headlines {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!;,:…]['\"’”)\\]]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^\\P{L}+");
    private static final Pattern QUESTION_END = Pattern.compile("[?]['\"’”)]*$");
    private static final Pattern LIST_OR_HEADING = Pattern.compile("^(#{1,6} |[-*+•] |\\d{1,3}[.)] ).*");

    private Headlines() {
    }

    /**
     * A headline: 2 to 25 words, at most 200 characters, starts with a capital, digit or
     * quote, and has no final period or comma (a question mark is allowed: many headlines ask).
     */
    static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.length() > 200 || SENTENCE_END.matcher(s).find()) {
            return false;
        }
        int words = wordCount(s);
        if (words < 2 || words > 25) {
            return false;
        }
        int first = s.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "'\"‘“«".indexOf(first) >= 0
                || Character.isLetter(first) && !Character.isLowerCase(first);
    }

    /** A short label such as a photo caption ("Elon Musk"): at most 8 words, no final period. */
    static boolean looksLikeCaption(String line) {
        String s = line.strip();
        return !s.isEmpty() && wordCount(s) <= 8 && !SENTENCE_END.matcher(s).find();
    }

    /** Most longer words capitalised, as in "Putin Asked Musk Not To Activate Starlink". */
    static boolean isTitleCase(String line) {
        int longWords = 0;
        int capitalised = 0;
        for (String w : WHITESPACE.split(line)) {
            String letters = LEADING_NON_LETTERS.matcher(w).replaceFirst("");
            if (letters.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(letters.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 7;
    }

    static boolean endsSentence(String line) {
        String s = line.strip();
        return SENTENCE_END.matcher(s).find() || QUESTION_END.matcher(s).find();
    }

    static boolean isListItemOrHeading(String line) {
        return LIST_OR_HEADING.matcher(line).matches();
    }

    /** Words separated by spaces: cleaned text has single spaces, so counting needs no regex. */
    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
