package io.newsgraph.extract;

import io.newsgraph.model.Article;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The held-out sentences of src/test/resources/extract/unseen-sentences.tsv and their scoring:
 * precision and recall of asserted claims per predicate, one sentence per article so that no
 * sentence lends context to another. Shared by the integration test and the developer loop.
 */
public final class UnseenSentences {
    /** The predicates the held-out set is about; other predicates are neither rewarded nor punished. */
    public static final List<String> SCORED = List.of("WORKS_FOR", "LEADS", "LIVES_IN", "LOCATED_IN", "KILLED");

    public record Item(int line, String sentence, Set<String> expected, Set<String> forbidden) {
    }

    /** True and false positives and misses of one predicate. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return String.format("precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), tp, fp, fn);
        }
    }

    public record Score(Map<String, Counts> perPredicate, Counts all, List<String> forbiddenHits, List<String> errors) {
    }

    private UnseenSentences() {
    }

    public static List<Item> load() throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = UnseenSentences.class.getResourceAsStream("/extract/unseen-sentences.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3) {
                    throw new IllegalStateException("unseen-sentences.tsv line " + n + ": expected 3 columns, got " + cols.length);
                }
                items.add(new Item(n, cols[0], claims(cols[1]), claims(cols[2])));
            }
        }
        return items;
    }

    private static Set<String> claims(String col) {
        return Arrays.stream(col.split(";")).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public static Article article(Item item) {
        return new Article("unseen-" + item.line(), "held-out sentence", "unseen", "2025-05-12", null, null, null, item.sentence());
    }

    /** A WORKS_FOR claim about someone expected to LEAD the same organisation is true, only less specific. */
    private static boolean leaderWorksFor(String claim, Set<String> expected) {
        return claim.contains("|WORKS_FOR|") && expected.contains(claim.replace("|WORKS_FOR|", "|LEADS|"));
    }

    public interface Extraction {
        Graph extract(Article article) throws Exception;
    }

    public static Score score(List<Item> items, Extraction extraction, PrintStream log) throws Exception {
        Map<String, Counts> per = new LinkedHashMap<>();
        SCORED.forEach(p -> per.put(p, new Counts()));
        Counts all = new Counts();
        List<String> forbiddenHits = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            Graph g = extraction.extract(article(item));
            Set<String> claimed = new TreeSet<>();
            Set<String> anyMark = new TreeSet<>();
            for (Fact f : g.facts()) {
                String key = f.subject() + "|" + f.predicate().name() + "|" + f.object();
                anyMark.add(key);
                if (f.isClaim()) {
                    claimed.add(key);
                }
            }
            for (String c : claimed) {
                if (item.forbidden().contains(c)) {
                    forbiddenHits.add(item.line() + ": " + c);
                    errors.add(item.line() + " FORBIDDEN " + c + "  <- " + item.sentence());
                }
                String pred = c.split("\\|")[1];
                if (!per.containsKey(pred)) {
                    continue;
                }
                if (item.expected().contains(c) || leaderWorksFor(c, item.expected())) {
                    per.get(pred).tp++;
                    all.tp++;
                } else {
                    per.get(pred).fp++;
                    all.fp++;
                    errors.add(item.line() + " FP " + c + "  <- " + item.sentence());
                }
            }
            for (String e : item.expected()) {
                if (!claimed.contains(e)) {
                    String pred = e.split("\\|")[1];
                    per.get(pred).fn++;
                    all.fn++;
                    errors.add(item.line() + " MISS " + e + "  <- " + item.sentence() + "   got " + anyMark);
                }
            }
        }
        if (log != null) {
            errors.forEach(e -> log.println("  " + e));
            per.forEach((p, c) -> log.println("unseen " + p + " " + c));
            log.println("unseen ALL " + all + " forbidden=" + forbiddenHits.size() + " sentences=" + items.size());
        }
        return new Score(per, all, forbiddenHits, errors);
    }

    /** Developer loop: scores the held-out set on cached annotations (target/dev-cache). */
    public static void main(String[] args) throws Exception {
        score(load(), a -> DevLoop.extract(List.of(a)), System.out);
    }
}
