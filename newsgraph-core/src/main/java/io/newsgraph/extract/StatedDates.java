package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.nlp.CoreNlpPipeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The date a clause states ("in 2022", "last October", "on Monday"), as CoreNLP's time tagger
 * normalises it, except for a bare weekday or month ("on Monday", "in March", "on March 3").
 *
 * <p>Those are resolved here, against the article's date and the tense of the clause: SUTime
 * decides past or future for them with a tag it stores on the shared object of the word
 * ("Monday"), so its answer depends on the sentences annotated before, in this article, in
 * earlier ones and on other threads (CoreNLP issue 1061; seen here as "spoke by phone on Monday"
 * dated to the Monday before or after the article from one run to the next). A past-tense or
 * perfect clause takes the latest such day or month not after the article's date, a clause with
 * "will" or "going to" the first one after it, any other the nearest, the earlier on a tie.
 */
final class StatedDates {
    private static final Set<String> FILLERS = Set.of("on", "in", "the", "of", ",", "early", "late", "mid");
    private static final Map<String, DayOfWeek> WEEKDAYS = new TreeMap<>();
    private static final Map<String, Month> MONTHS = new TreeMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
        }
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
    }

    enum Tense { PAST, FUTURE, OTHER }

    private StatedDates() {
    }

    /** The date of clause {@code verb}, or null when it states none. */
    static String of(ArticleContext ctx, SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String r = Graphs.rel(e);
            if (!(r.startsWith("obl") || r.endsWith("tmod"))) {
                continue;
            }
            IndexedWord d = e.getDependent();
            if ("DATE".equals(d.ner())) {
                String norm = d.backingLabel().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (norm != null && norm.matches("\\d{4}(-\\d{2}){0,2}")) {
                    String docDate = CoreNlpPipeline.documentDate(ctx.article().published());
                    String own = docDate == null ? null : resolve(dateWords(g, d), LocalDate.parse(docDate), tense(g, verb));
                    return own != null ? own : norm;
                }
            }
        }
        return null;
    }

    /**
     * A bare weekday, month, or month and day resolved against {@code docDate}; null for any other
     * expression (it names its year, or says "last", "next", "ago" ...), which SUTime resolves alone.
     */
    static String resolve(List<String> words, LocalDate docDate, Tense tense) {
        List<String> core = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !FILLERS.contains(w)).toList();
        if (core.size() == 1 && WEEKDAYS.containsKey(core.get(0))) {
            return weekday(WEEKDAYS.get(core.get(0)), docDate, tense).toString();
        }
        if (core.size() == 1 && MONTHS.containsKey(core.get(0))) {
            return month(MONTHS.get(core.get(0)), YearMonth.from(docDate), tense).toString();
        }
        if (core.size() == 2) {
            int day = dayNumber(core);
            Month m = MONTHS.get(core.get(0)) != null ? MONTHS.get(core.get(0)) : MONTHS.get(core.get(1));
            if (m != null && day > 0) {
                return dayOfMonth(m, day, docDate, tense);
            }
        }
        return null;
    }

    private static LocalDate weekday(DayOfWeek day, LocalDate docDate, Tense tense) {
        int back = Math.floorMod(docDate.getDayOfWeek().getValue() - day.getValue(), 7);
        LocalDate before = docDate.minusDays(back);
        LocalDate after = docDate.plusDays(back == 0 ? 7 : 7 - back);
        return pick(before, after, docDate, tense);
    }

    private static YearMonth month(Month month, YearMonth docMonth, Tense tense) {
        YearMonth before = docMonth.withMonth(month.getValue());
        if (before.isAfter(docMonth)) {
            before = before.minusYears(1);
        }
        YearMonth after = docMonth.withMonth(month.getValue());
        if (after.isBefore(docMonth)) {
            after = after.plusYears(1);
        }
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case OTHER -> ChronoUnit.MONTHS.between(before, docMonth) <= ChronoUnit.MONTHS.between(docMonth, after) ? before : after;
        };
    }

    private static String dayOfMonth(Month month, int day, LocalDate docDate, Tense tense) {
        LocalDate before = latestNotAfter(month, day, docDate);
        LocalDate after = earliestNotBefore(month, day, docDate);
        if (before == null || after == null) {
            return null; // no such day (31 April), or 29 February with no leap year near: leave it to SUTime
        }
        return pick(before, after, docDate, tense).toString();
    }

    private static LocalDate latestNotAfter(Month month, int day, LocalDate docDate) {
        for (int year = docDate.getYear(); year >= docDate.getYear() - 4; year--) {
            LocalDate d = validDate(year, month, day);
            if (d != null && !d.isAfter(docDate)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate earliestNotBefore(Month month, int day, LocalDate docDate) {
        for (int year = docDate.getYear(); year <= docDate.getYear() + 4; year++) {
            LocalDate d = validDate(year, month, day);
            if (d != null && !d.isBefore(docDate)) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate pick(LocalDate before, LocalDate after, LocalDate docDate, Tense tense) {
        return switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case OTHER -> ChronoUnit.DAYS.between(before, docDate) <= ChronoUnit.DAYS.between(docDate, after) ? before : after;
        };
    }

    private static LocalDate validDate(int year, Month month, int day) {
        return day <= month.length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
    }

    private static int dayNumber(List<String> core) {
        for (String w : core) {
            String digits = w.replaceAll("(st|nd|rd|th)$", "");
            if (digits.matches("\\d{1,2}")) {
                return Integer.parseInt(digits);
            }
        }
        return -1;
    }

    /** The words of the DATE mention around {@code d}, in order. */
    private static List<String> dateWords(SemanticGraph g, IndexedWord d) {
        List<String> words = new ArrayList<>();
        List<IndexedWord> sorted = g.vertexListSorted();
        int at = sorted.indexOf(d);
        int from = at;
        while (from > 0 && "DATE".equals(sorted.get(from - 1).ner()) && sorted.get(from - 1).index() == sorted.get(from).index() - 1) {
            from--;
        }
        for (int i = from; i < sorted.size() && "DATE".equals(sorted.get(i).ner())
                && (i == from || sorted.get(i).index() == sorted.get(i - 1).index() + 1); i++) {
            words.add(sorted.get(i).word());
        }
        return words;
    }

    /** Past for a past-tense, perfect or past-passive clause, future for "will"/"shall"/"going to", else other. */
    static Tense tense(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String r = Graphs.rel(e);
            String w = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (r.equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("going"))) {
                return Tense.FUTURE;
            }
            if (r.equals("aux") && (w.equals("have") || w.equals("has") || w.equals("had") || w.equals("'ve"))
                    || r.startsWith("aux") && "VBD".equals(e.getDependent().tag())) {
                return Tense.PAST; // perfect, or a past auxiliary ("was signed", "did meet")
            }
        }
        return "VBD".equals(verb.tag()) ? Tense.PAST : Tense.OTHER;
    }
}
