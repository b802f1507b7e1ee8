package io.newsgraph.eval;

import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The score table a user reads: one row per predicate and a micro row, with counts and P/R/F1. */
public final class ScoreTable {
    private ScoreTable() {
    }

    public static String render(Scores scores) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %6s %6s %8s %10s %7s %6s%n", "predicate", "gold", "found", "correct",
                "precision", "recall", "F1"));
        for (Map.Entry<Predicate, Counts> e : new java.util.TreeMap<>(scores.perPredicate()).entrySet()) {
            row(b, e.getKey().name(), e.getValue());
        }
        row(b, "micro", scores.micro());
        return b.toString();
    }

    /** A table with one row per named class (predicate, CAMEO root ...) and a micro row; the first column is headed {@code what}. */
    public static String render(String what, Map<String, Counts> rows) {
        int width = Math.max(what.length(), rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-" + width + "s %6s %6s %8s %10s %7s %6s%n", what, "gold", "found", "correct",
                "precision", "recall", "F1"));
        Counts micro = Counts.ZERO;
        for (Map.Entry<String, Counts> e : new java.util.TreeMap<>(rows).entrySet()) {
            wideRow(b, width, e.getKey(), e.getValue());
            micro = micro.plus(e.getValue());
        }
        wideRow(b, width, "micro", micro);
        return b.toString();
    }

    private static void wideRow(StringBuilder b, int width, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-" + width + "s %6d %6d %8d %10.3f %7.3f %6.3f%n", name, c.gold(), c.found(),
                c.correct(), c.precision(), c.recall(), c.f1()));
    }

    /** Up to {@code limit} wrong and missed relations, each with its arguments as written and the document text. */
    public static String errors(List<GoldDocument> docs, Scores scores, int limit) {
        Map<String, GoldDocument> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Scores.Triple t : scores.wrong()) {
            if (n++ < limit) {
                describe(b, "wrong ", byId.get(t.document()), t);
            }
        }
        n = 0;
        for (Scores.Triple t : scores.missed()) {
            if (n++ < limit) {
                describe(b, "missed", byId.get(t.document()), t);
            }
        }
        return b.toString();
    }

    private static void describe(StringBuilder b, String what, GoldDocument d, Scores.Triple t) {
        String text = d.text().replace('\n', ' ');
        b.append(String.format(Locale.ROOT, "%s %s  %s %s %s  | %s%n", what, d.id(), name(d, t.head()), t.predicate(),
                name(d, t.tail()), text.length() > 160 ? text.substring(0, 160) + "..." : text));
    }

    /** A gold entity's first mention, or the text of a span no gold entity has. */
    private static String name(GoldDocument d, String argument) {
        if (argument.startsWith("span:")) {
            String[] be = argument.substring(5).split("-");
            return "'" + d.text().substring(Integer.parseInt(be[0]), Integer.parseInt(be[1])) + "'(no gold entity)";
        }
        for (GoldEntity e : d.entities()) {
            if (e.id().equals(argument)) {
                return "'" + e.mentions().get(0).of(d.text()) + "'";
            }
        }
        return argument;
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-12s %6d %6d %8d %10.3f %7.3f %6.3f%n", name, c.gold(), c.found(), c.correct(),
                c.precision(), c.recall(), c.f1()));
    }
}
