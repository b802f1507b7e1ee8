package io.newsgraph.eval;

import io.newsgraph.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The entity score a user reads: a row per type and a micro row, then the defects, then (on request) the errors. */
public final class EntityTable {
    private EntityTable() {
    }

    public static String render(EntityScores scores) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %6s %6s %8s %10s %7s %6s%n", "entity", "gold", "found", "correct",
                "precision", "recall", "F1"));
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            row(b, t.label(), scores.of(t));
        }
        row(b, "all", scores.micro());
        if (scores.periodForgiven() > 0) {
            b.append(String.format(Locale.ROOT, "(%d right only without the period glued to the sentence's last word)%n",
                    scores.periodForgiven()));
        }
        b.append(String.format(Locale.ROOT, "%-24s %8s %8s%n", "defect", "missed", "wrong"));
        for (EntityDefect d : EntityDefect.values()) {
            if (scores.missed(d) + scores.wrong(d) > 0) {
                b.append(String.format(Locale.ROOT, "%-24s %8d %8d%n", d.description(), scores.missed(d), scores.wrong(d)));
            }
        }
        return b.toString();
    }

    /** Up to {@code limit} missed entities and {@code limit} wrong mentions, each with what overlaps it and its sentence. */
    public static String errors(List<GoldDocument> docs, EntityScores scores, int limit) {
        Map<String, GoldDocument> byId = new java.util.HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        StringBuilder b = new StringBuilder();
        for (boolean missed : new boolean[]{true, false}) {
            int n = 0;
            for (EntityScores.EntityError e : scores.errors()) {
                if (e.missed() == missed && n++ < limit) {
                    describe(b, byId.get(e.document()), e);
                }
            }
        }
        return b.toString();
    }

    private static void describe(StringBuilder b, GoldDocument d, EntityScores.EntityError e) {
        String text = d.text().replace('\n', ' ');
        StringBuilder over = new StringBuilder();
        for (Span s : e.overlapping()) {
            over.append(over.length() == 0 ? "" : ", ").append('\'').append(s.of(text)).append('\'');
        }
        b.append(String.format(Locale.ROOT, "%s %s  '%s'/%s  %s%s  | %s%n", e.missed() ? "missed" : "wrong ", d.id(),
                e.span().of(text), e.type(), e.defect().description(), over.length() == 0 ? "" : " (" + (e.missed() ? "found " : "gold ") + over + ")",
                text.length() > 160 ? text.substring(0, 160) + "..." : text));
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-12s %6d %6d %8d %10.3f %7.3f %6.3f%n", name, c.gold(), c.found(), c.correct(),
                c.precision(), c.recall(), c.f1()));
    }
}
