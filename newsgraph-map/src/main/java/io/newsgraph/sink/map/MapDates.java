package io.newsgraph.sink.map;

import io.newsgraph.model.Article;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day each piece of evidence is placed on the map's timeline: the evidence's own date, else
 * the fact's, else its article's published date. Dates come as ISO prefixes ("2024", "2024-10",
 * "2024-10-25", or a full timestamp); a prefix stands for its first day, so every day is a
 * "yyyy-MM-dd" string that sorts as text. Anything else leaves the evidence undated.
 */
final class MapDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?");

    private MapDates() {
    }

    /** "2024" -> "2024-01-01", "2024-10" -> "2024-10-01", "2024-10-25T08:00Z" -> "2024-10-25"; null if not such a date. */
    static String day(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = ISO.matcher(date.trim());
        if (!m.matches()) {
            return null;
        }
        String month = m.group(2) == null ? "01" : m.group(2);
        String day = m.group(3) == null ? "01" : m.group(3);
        if (Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12 || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 31) {
            return null;
        }
        return m.group(1) + "-" + month + "-" + day;
    }

    /** The first of evidence, fact and article date that reads as a day; null when none does. */
    static String day(Evidence evidence, Fact fact, Map<String, Article> articles) {
        String own = day(evidence.date());
        if (own != null) {
            return own;
        }
        String ofFact = day(fact.date());
        if (ofFact != null) {
            return ofFact;
        }
        Article article = articles.get(evidence.article());
        return article == null ? null : day(article.published());
    }

    /** The distinct days of a fact's evidence, sorted; empty when none of it is dated. */
    static TreeSet<String> days(Fact fact, Map<String, Article> articles) {
        TreeSet<String> days = new TreeSet<>();
        for (Evidence e : fact.evidence()) {
            String d = day(e, fact, articles);
            if (d != null) {
                days.add(d);
            }
        }
        return days;
    }
}
