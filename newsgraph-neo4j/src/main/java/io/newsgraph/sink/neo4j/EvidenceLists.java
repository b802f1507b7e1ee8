package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Evidence;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fact's evidence as Neo4j stores it: parallel list properties on the fact relationship
 * (evidenceArticles, evidenceSentences, ... one entry per evidence sentence), so that Cypher can
 * read a source sentence as {@code r.evidenceTexts[0]} without a node per sentence. The lists, the
 * fact's confidence (the best evidence's) and its article count are computed here, in Java, rather
 * than in Cypher: a load writes hundreds of thousands of facts and Cypher list arithmetic per row
 * cost more than the write itself.
 */
public final class EvidenceLists {
    static final List<String> PROPERTIES = List.of("evidenceArticles", "evidenceSentences", "evidenceStarts",
            "evidenceEnds", "evidenceTexts", "extractors", "evidenceConfidences", "evidenceAttributions", "evidenceDates",
            "evidenceRules");

    private EvidenceLists() {
    }

    /** The relationship properties for this evidence: the ten lists, confidence and articleCount. */
    public static Map<String, Object> properties(List<Evidence> evidence) {
        List<String> articles = new ArrayList<>(evidence.size());
        List<Long> sentences = new ArrayList<>(evidence.size());
        List<Long> starts = new ArrayList<>(evidence.size());
        List<Long> ends = new ArrayList<>(evidence.size());
        List<String> texts = new ArrayList<>(evidence.size());
        List<String> extractors = new ArrayList<>(evidence.size());
        List<Double> confidences = new ArrayList<>(evidence.size());
        // Neo4j lists hold no nulls: "" is "not attributed" / "no date".
        List<String> attributions = new ArrayList<>(evidence.size());
        List<String> dates = new ArrayList<>(evidence.size());
        List<String> rules = new ArrayList<>(evidence.size());
        double best = 0.0;
        for (Evidence e : evidence) {
            articles.add(e.article());
            sentences.add((long) e.sentence());
            starts.add((long) e.start());
            ends.add((long) e.end());
            texts.add(e.text());
            extractors.add(e.extractor());
            confidences.add(e.confidence());
            attributions.add(e.attributedTo() == null ? "" : e.attributedTo());
            dates.add(e.date() == null ? "" : e.date());
            rules.add(e.rule() == null ? "" : e.rule());
            best = Math.max(best, e.confidence());
        }
        Map<String, Object> m = new HashMap<>();
        m.put("evidenceArticles", articles);
        m.put("evidenceSentences", sentences);
        m.put("evidenceStarts", starts);
        m.put("evidenceEnds", ends);
        m.put("evidenceTexts", texts);
        m.put("extractors", extractors);
        m.put("evidenceConfidences", confidences);
        // A list of nothing but "" is left unset (as the bulk importer must: it reads an empty field
        // as no value); the reader gives "no attribution" and "no date" for a missing list.
        m.put("evidenceAttributions", allBlank(attributions) ? null : attributions);
        m.put("evidenceDates", allBlank(dates) ? null : dates);
        m.put("evidenceRules", allBlank(rules) ? null : rules);
        m.put("confidence", best);
        m.put("articleCount", (long) new HashSet<>(articles).size());
        return m;
    }

    private static boolean allBlank(List<String> values) {
        // A loop, not a stream: this runs three times per fact of a bulk export.
        for (String v : values) {
            if (!v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the lists back from a relationship's properties. Lenient, for relationships made or
     * edited by hand: the articles list sets the length, and a missing entry of another list gets
     * a neutral value (no text, extractor "manual", the fact's confidence or 1.0).
     */
    static List<Evidence> read(Value p) {
        List<String> articles = strings(p.get("evidenceArticles"));
        double fallbackConfidence = p.get("confidence").isNull() ? 1.0 : p.get("confidence").asNumber().doubleValue();
        List<Evidence> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            double c = doubleAt(p.get("evidenceConfidences"), i, fallbackConfidence);
            out.add(new Evidence(articles.get(i) == null ? "" : articles.get(i), intAt(p.get("evidenceSentences"), i),
                    intAt(p.get("evidenceStarts"), i), intAt(p.get("evidenceEnds"), i),
                    strAt(p.get("evidenceTexts"), i, ""), strAt(p.get("extractors"), i, "manual"),
                    Math.max(0, Math.min(1, c)), blankToNull(strAt(p.get("evidenceAttributions"), i, null)),
                    blankToNull(strAt(p.get("evidenceDates"), i, null)), ruleAt(p, i, strAt(p.get("extractors"), i, "manual"))));
        }
        return out;
    }

    /** The rule of entry i, when it has one and it belongs to the entry's extractor (lists edited by hand may disagree). */
    private static String ruleAt(Value p, int i, String extractor) {
        String rule = blankToNull(strAt(p.get("evidenceRules"), i, null));
        return rule != null && rule.startsWith(extractor + "/") ? rule : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> strings(Value v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!(v.type().name().startsWith("LIST"))) {
            return List.of(str(v));
        }
        return v.asList(EvidenceLists::str);
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asObject().toString();
    }

    private static int intAt(Value list, int i) {
        if (list.isNull() || i >= list.size() || list.get(i).isNull()) {
            return 0;
        }
        return Math.max(0, list.get(i).asNumber().intValue());
    }

    private static String strAt(Value list, int i, String fallback) {
        return list.isNull() || i >= list.size() || list.get(i).isNull() ? fallback : str(list.get(i));
    }

    private static double doubleAt(Value list, int i, double fallback) {
        return list.isNull() || i >= list.size() || list.get(i).isNull() ? fallback : list.get(i).asNumber().doubleValue();
    }

    /**
     * What a fact's evidence becomes when a load writes {@code incoming} onto a relationship that
     * already has {@code old}: an incoming entry replaces the old one read in the same place (same
     * article, sentence, offsets and extractor); other old entries stay, except those of articles
     * this load replaces, unless this same load wrote them (a fact seen twice in one load keeps
     * both halves). Old entries keep their order, new ones follow.
     */
    static List<Evidence> merge(List<Evidence> old, List<Evidence> incoming, boolean writtenThisLoad,
                                Set<String> replacedArticles) {
        Set<Place> incomingPlaces = new HashSet<>();
        incoming.forEach(e -> incomingPlaces.add(Place.of(e)));
        List<Evidence> merged = new ArrayList<>(old.size() + incoming.size());
        for (Evidence e : old) {
            boolean stale = !writtenThisLoad && replacedArticles.contains(e.article());
            if (!stale && !incomingPlaces.contains(Place.of(e))) {
                merged.add(e);
            }
        }
        merged.addAll(incoming);
        return List.copyOf(merged);
    }

    /** Where an evidence entry was read: two entries in the same place are the same reading. */
    private record Place(String article, int sentence, int start, int end, String extractor) {
        static Place of(Evidence e) {
            return new Place(e.article(), e.sentence(), e.start(), e.end(), Objects.requireNonNull(e.extractor()));
        }
    }
}
