package io.newsgraph.claims;

import io.newsgraph.model.Article;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who published each article, and how many independent outlets a set of articles stands for.
 *
 * <p>An article's publisher is, in order: the wire or agency its dateline credits ("DUNMORE
 * (Coastal Wire) -"), since a syndicated story is the agency's reporting whoever prints it; its
 * {@code source}; its URL's host without "www." and the top-level domain; the organisation after a
 * comma in its byline ("Ana Ruiz, Coastal Wire"); and else the article itself (each article of
 * unknown origin counts as its own outlet). Publisher names are compared lower-case, letters and
 * digits only, without a leading "the", so "The Harbor Ledger" and harborledger.com agree.
 *
 * <p>Independence: two articles are one outlet when they have the same publisher or when their
 * texts are near-identical (word-shingle Jaccard at or above {@link #NEAR_IDENTICAL}: syndicated
 * copies and light rewrites). Texts are compared only among the articles of one claim, once per
 * pair, so the cost follows the claims, not the square of the corpus.
 */
public final class Outlets {
    /**
     * Jaccard of 3-word shingles at or above which two articles are copies of one story. On the
     * claims corpus (src/test/resources/claims), two printings of one wire story score 0.90 and a
     * light rewrite of it 0.51-0.56; independent reports of the same event score at most 0.07.
     */
    public static final double NEAR_IDENTICAL = 0.35;

    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "\\A[^\\n(]{0,80}?\\(([\\p{Lu}][\\p{L}&.' -]{1,40})\\)\\s*[-\\u2013\\u2014:]");

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> publisherKeys = new HashMap<>();
    private final Map<String, String> publisherNames = new HashMap<>();
    private final Map<String, Shingles> shingles = new HashMap<>();
    private final Map<String, Boolean> nearIdentical = new HashMap<>();

    public Outlets(Collection<Article> all) {
        for (Article a : all) {
            articles.put(a.id(), a);
            String name = publisherName(a);
            publisherNames.put(a.id(), name == null ? a.id() : name);
            publisherKeys.put(a.id(), name == null ? "article:" + a.id() : key(name));
        }
    }

    /** The publisher's name as the article gives it, or the article id when it gives none. */
    public String publisher(String articleId) {
        return publisherNames.getOrDefault(articleId, articleId);
    }

    /** How many independent outlets these articles stand for. */
    public int independent(Collection<String> articleIds) {
        List<String> ids = articleIds.stream().distinct().sorted().toList();
        int[] parent = new int[ids.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int groups = ids.size();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                int a = root(parent, i);
                int b = root(parent, j);
                if (a != b && sameOutlet(ids.get(i), ids.get(j))) {
                    parent[b] = a;
                    groups--;
                }
            }
        }
        return groups;
    }

    /** True when the two articles have one publisher or near-identical texts. */
    public boolean sameOutlet(String a, String b) {
        String ka = publisherKeys.getOrDefault(a, "article:" + a);
        String kb = publisherKeys.getOrDefault(b, "article:" + b);
        if (ka.equals(kb)) {
            return true;
        }
        String pair = a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
        return nearIdentical.computeIfAbsent(pair, p -> similarity(a, b) >= NEAR_IDENTICAL);
    }

    /** Word-shingle Jaccard of two articles' texts (0 when either is unknown). */
    public double similarity(String a, String b) {
        Shingles sa = shinglesOf(a);
        Shingles sb = shinglesOf(b);
        return sa == null || sb == null ? 0 : sa.jaccard(sb);
    }

    private Shingles shinglesOf(String id) {
        Article a = articles.get(id);
        return a == null ? null : shingles.computeIfAbsent(id, k -> Shingles.of(a.text()));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static String publisherName(Article a) {
        Matcher credit = DATELINE_CREDIT.matcher(a.text());
        if (credit.find()) {
            return credit.group(1).trim();
        }
        if (a.source() != null && !a.source().isBlank()) {
            return a.source().trim();
        }
        String host = host(a.url());
        if (host != null) {
            return host;
        }
        if (a.author() != null && a.author().contains(",")) {
            String org = a.author().substring(a.author().lastIndexOf(',') + 1).trim();
            return org.isEmpty() ? null : org;
        }
        return null;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null || h.isBlank() ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "The Harbor Ledger" and "harborledger.com" both give "harborledger". */
    static String key(String publisher) {
        String s = publisher.toLowerCase(Locale.ROOT).trim().replaceFirst("^the\\s+", "");
        if (s.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
            s = s.substring(0, s.lastIndexOf('.'));
            s = s.replaceFirst("\\.(co|com|org|net)$", "");
        }
        String key = s.replaceAll("[^\\p{L}\\p{N}]", "");
        return key.isEmpty() ? publisher : key;
    }
}
