package io.newsgraph.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text cues of {@code claim-cues.tsv}. Mostly denials that lie outside the grammar of the
 * sentence stating a claim, read from the article text: a dismissal in the next sentence of the same
 * paragraph ("It's all untrue."), a named denier there ("Reyes dismissed the report."), or a
 * report withdrawn in the sentence itself ("The Ledger retracted its report that ..."); and attributions that name no source ("this
 * revelation suggests"). Loaded once.
 */
final class ClaimCues {
    private static final String RESOURCE = "/io/newsgraph/claims/claim-cues.tsv";
    private static final int LONGEST_SENTENCE = 400;
    private static final ClaimCues INSTANCE = load();

    /** A denial found, and who made it as the text names them (null when it does not). */
    record Denial(String who) {
    }

    private final List<Pattern> dismissals;
    private final List<Pattern> deniers;
    private final List<Pattern> withdrawals;
    private final List<Pattern> quoteSpeakers;
    private final List<Pattern> notSpeakers;

    private ClaimCues(Map<String, List<Pattern>> byKind) {
        dismissals = byKind.getOrDefault("dismissal", List.of());
        deniers = byKind.getOrDefault("denier", List.of());
        withdrawals = byKind.getOrDefault("withdrawal", List.of());
        quoteSpeakers = byKind.getOrDefault("quote-speaker", List.of());
        notSpeakers = byKind.getOrDefault("not-a-speaker", List.of());
    }

    static ClaimCues get() {
        return INSTANCE;
    }

    /** True when an attribution points back ("this revelation") rather than naming a source. */
    boolean notASpeaker(String phrase) {
        return notSpeakers.stream().anyMatch(p -> p.matcher(phrase.trim()).find());
    }

    /** A report withdrawn or denied in the sentence itself. */
    Optional<Denial> inSentence(String sentence) {
        for (Pattern p : withdrawals) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return Optional.of(new Denial(m.group("who").trim()));
            }
        }
        return Optional.empty();
    }

    /**
     * A dismissal or a named denial in the sentence after {@code end} in the same paragraph of
     * {@code text}; a bare dismissal's speaker is whoever the paragraph quotes nearest to
     * {@code start} (null when it quotes nobody).
     */
    Optional<Denial> following(String text, int start, int end) {
        String next = nextSentence(text, end);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        for (Pattern p : deniers) {
            Matcher m = p.matcher(next);
            if (m.find()) {
                return Optional.of(new Denial(m.group("who").trim()));
            }
        }
        for (Pattern p : dismissals) {
            if (p.matcher(next).find()) {
                return Optional.of(new Denial(quoteSpeaker(text, start)));
            }
        }
        return Optional.empty();
    }

    /** The sentence after {@code end}, leading quote marks removed; empty at a paragraph's end. */
    static String nextSentence(String text, int end) {
        int i = Math.min(end, text.length());
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || isQuote(text.charAt(i)))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return "";
        }
        int stop = Math.min(text.length(), i + LONGEST_SENTENCE);
        int j = i;
        while (j < stop && text.charAt(j) != '\n') {
            char c = text.charAt(j);
            j++;
            if ((c == '.' || c == '!' || c == '?') && (j >= text.length() || Character.isWhitespace(text.charAt(j)) || isQuote(text.charAt(j)))) {
                break;
            }
        }
        return text.substring(i, j);
    }

    private String quoteSpeaker(String text, int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int to = text.indexOf('\n', at);
        String paragraph = text.substring(from, to < 0 ? text.length() : to);
        int pos = at - from;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : quoteSpeakers) {
            Matcher m = p.matcher(paragraph);
            while (m.find()) {
                int d = Math.abs(m.start() - pos);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m.group("who").trim();
                }
            }
        }
        return best;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019';
    }

    private static ClaimCues load() {
        InputStream in = ClaimCues.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, List<Pattern>> byKind = new java.util.HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length < 2) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected kind<TAB>pattern");
                }
                int flags = cols[0].equals("dismissal") || cols[0].equals("not-a-speaker") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                byKind.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(Pattern.compile(cols[1], flags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClaimCues(byKind);
    }
}
