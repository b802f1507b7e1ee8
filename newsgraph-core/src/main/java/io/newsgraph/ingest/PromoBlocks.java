package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes blocks that belong to something other than the story: advert markers and the promotion
 * between them, and "related stories" cards (a marker, headline-style lines, and a teaser that
 * talks about what the card headline names and the story does not).
 */
final class PromoBlocks {
    private static final int SHORT_PROMO_WORDS = 20;
    private static final int MAX_AD_SEGMENT = 4;
    private static final int MAX_TEASERS = 2;
    private static final int TRAILING_LINK_WORDS = 12;
    private static final int MIN_TRAILING_LINKS = 3;
    private static final Pattern PROSE_END = Pattern.compile("\\.['\"’”)]?$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern PRICE = Pattern.compile("[$£€]\\s?\\d+(?:[.,]\\d{2})?\\b");
    private static final Set<String> STOPWORDS = Set.of("about", "after", "again", "also", "from", "have",
            "into", "more", "most", "only", "over", "said", "says", "than", "that", "their", "there", "these",
            "they", "this", "what", "when", "where", "which", "while", "will", "with", "would", "your", "were",
            "been", "being", "could", "should", "just", "like", "some", "such", "them", "then", "very");

    private final PatternList adMarkers;
    private final PatternList promoWords;
    private final PatternList sectionMarkers;

    PromoBlocks(PatternList adMarkers, PatternList promoWords, PatternList sectionMarkers) {
        this.adMarkers = adMarkers;
        this.promoWords = promoWords;
        this.sectionMarkers = sectionMarkers;
    }

    List<Para> apply(List<Para> paras) {
        List<Para> noAds = dropAdverts(paras);
        List<Para> noCards = dropRelatedCards(noAds);
        return dropTrailingLinkList(dropRepeatedHeadlines(noCards));
    }

    boolean isMarker(String line) {
        return adMarkers.matchesLine(line) || sectionMarkers.matchesLine(line);
    }

    /**
     * Promotion: two promo phrases anywhere, or one in a short fragment that is not a sentence
     * ("Free shipping on all orders"), or a price in such a fragment. A short sentence ending in a
     * period with one phrase ("It was the best deal on offer.") is story text.
     */
    boolean isPromo(String text) {
        int hits = promoWords.countIn(text);
        int words = Headlines.wordCount(text);
        boolean prose = PROSE_END.matcher(text).find();
        return hits >= 2 || hits == 1 && words <= SHORT_PROMO_WORDS && !prose
                || PRICE.matcher(text).find() && words <= SHORT_PROMO_WORDS && !Headlines.endsSentence(text);
    }

    /** Drops markers, promotional paragraphs, and short runs between two markers that promote. */
    private List<Para> dropAdverts(List<Para> paras) {
        boolean[] marker = new boolean[paras.size()];
        boolean[] promo = new boolean[paras.size()];
        boolean[] drop = new boolean[paras.size()];
        for (int i = 0; i < paras.size(); i++) {
            marker[i] = adMarkers.matchesLine(paras.get(i).text());
            promo[i] = !marker[i] && isPromo(paras.get(i).text());
            drop[i] = marker[i] || promo[i];
        }
        int lastMarker = -1;
        for (int i = 0; i < paras.size(); i++) {
            if (!marker[i]) {
                continue;
            }
            int runLength = i - lastMarker - 1;
            if (lastMarker >= 0 && runLength > 0 && runLength <= MAX_AD_SEGMENT) {
                boolean promotes = false;
                for (int k = lastMarker + 1; k < i; k++) {
                    promotes |= promo[k];
                }
                if (promotes) {
                    for (int k = lastMarker + 1; k < i; k++) {
                        drop[k] = true;
                    }
                }
            }
            lastMarker = i;
        }
        return keep(paras, drop);
    }

    private List<Para> dropRelatedCards(List<Para> paras) {
        boolean[] drop = new boolean[paras.size()];
        Map<String, List<Integer>> wordIndex = null;
        for (int m = 0; m < paras.size(); m++) {
            if (!sectionMarkers.matchesLine(paras.get(m).text())) {
                continue;
            }
            drop[m] = true;
            List<String> cardHeadlines = new ArrayList<>();
            if (m > 0 && paras.get(m - 1).block() == paras.get(m).block()
                    && Headlines.looksLikeHeadline(paras.get(m - 1).text())) {
                drop[m - 1] = true;
                cardHeadlines.add(paras.get(m - 1).text());
            }
            int i = m + 1;
            while (i < paras.size() && Headlines.looksLikeHeadline(paras.get(i).text())
                    && !sectionMarkers.matchesLine(paras.get(i).text())) {
                drop[i] = true;
                cardHeadlines.add(paras.get(i).text());
                i++;
            }
            if (!cardHeadlines.isEmpty()) {
                if (wordIndex == null) {
                    wordIndex = wordIndex(paras);
                }
                dropTeasers(paras, drop, i, cardHeadlines, wordIndex);
            }
        }
        return keep(paras, drop);
    }

    /**
     * Three or more short lines without a sentence among them after the story's last sentence
     * are the rest of a page (more headlines, section names, partner links), not its ending. Two
     * may still be story: a cut-off page, a sign-off.
     */
    private static List<Para> dropTrailingLinkList(List<Para> paras) {
        int start = paras.size();
        while (start > 0 && isLinkLike(paras.get(start - 1).text())) {
            start--;
        }
        if (paras.size() - start < MIN_TRAILING_LINKS || start == 0) {
            return paras;
        }
        return paras.subList(0, start);
    }

    private static boolean isLinkLike(String text) {
        return Headlines.wordCount(text) <= TRAILING_LINK_WORDS && !Headlines.endsSentence(text);
    }

    /**
     * A headline-style paragraph that appears twice is a teaser card repeated by the page (the
     * story's own headline, paragraph 0, is exempt). Both copies go, with their teaser.
     */
    private List<Para> dropRepeatedHeadlines(List<Para> paras) {
        boolean[] drop = new boolean[paras.size()];
        // Insertion order keeps the result independent of hashing.
        Map<String, List<Integer>> positions = new java.util.LinkedHashMap<>();
        for (int i = 1; i < paras.size(); i++) {
            String t = paras.get(i).text();
            if (Headlines.looksLikeHeadline(t) && Headlines.wordCount(t) >= 4) {
                positions.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Integer>> wordIndex = null;
        for (List<Integer> at : positions.values()) {
            if (at.size() < 2) {
                continue;
            }
            if (wordIndex == null) {
                wordIndex = wordIndex(paras);
            }
            at.forEach(i -> drop[i] = true);
            int last = at.get(at.size() - 1);
            dropTeasers(paras, drop, last + 1, List.of(paras.get(last).text()), wordIndex);
        }
        return keep(paras, drop);
    }

    /**
     * Drops up to two paragraphs from {@code start} that share a word with the card headlines that
     * no kept story paragraph uses: a teaser talks about the other story, not this one.
     */
    private void dropTeasers(List<Para> paras, boolean[] drop, int start, List<String> cardHeadlines,
                             Map<String, List<Integer>> wordIndex) {
        int end = Math.min(paras.size(), start + MAX_TEASERS);
        Set<String> cardWords = new HashSet<>();
        for (String h : cardHeadlines) {
            for (String w : words(h)) {
                boolean onlyInCard = wordIndex.getOrDefault(w, List.of()).stream()
                        .allMatch(k -> drop[k] || k >= start && k < end);
                if (onlyInCard) {
                    cardWords.add(w);
                }
            }
        }
        for (int k = start; k < end; k++) {
            Set<String> w = words(paras.get(k).text());
            w.retainAll(cardWords);
            if (w.isEmpty()) {
                return;
            }
            drop[k] = true;
        }
    }

    /** Where each distinctive word occurs, built once per pass so teaser checks stay linear. */
    private static Map<String, List<Integer>> wordIndex(List<Para> paras) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < paras.size(); i++) {
            for (String w : words(paras.get(i).text())) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        return index;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            String t = EDGE_HYPHENS.matcher(w).replaceAll("");
            if (t.length() >= 4 && !STOPWORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Para> keep(List<Para> paras, boolean[] drop) {
        List<Para> out = new ArrayList<>();
        for (int i = 0; i < paras.size(); i++) {
            if (!drop[i]) {
                out.add(paras.get(i));
            }
        }
        return out;
    }
}
