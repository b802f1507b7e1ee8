package io.newsgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.model.Article;
import io.newsgraph.model.Predicate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks shared/eval/score.py and shared/eval/README.md make of extraction output, in Java:
 * every line is a JSON object with a record kind; entities and facts carry the required fields
 * with allowed values; fact ends point at entities of the file; and every piece of evidence
 * points at its sentence in the cleaned article text (what provenance promises).
 */
public final class JsonLinesContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LABELS = Set.of("Person", "Organization", "Location", "Product", "Event", "Other");
    private static final Set<String> POLARITIES = Set.of("positive", "negative");
    private static final Set<String> MODALITIES = Set.of("asserted", "reported", "hypothetical");
    private static final List<String> FACT_FIELDS = List.of("subject", "predicate", "object", "article", "sentence",
            "start", "end", "text", "extractor", "confidence", "polarity", "modality");

    /** Record ids by kind, how many facts are claims, and every broken rule (empty when the file conforms). */
    public record Report(Set<String> articles, Set<String> entities, Set<String> facts, Set<String> events,
                         long claims, List<String> problems) {
    }

    private JsonLinesContract() {
    }

    public static Report check(Path file, Map<String, Article> articleTexts) {
        try {
            return check(Files.readAllLines(file), articleTexts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report check(String text, Map<String, Article> articleTexts) {
        return check(text.lines().toList(), articleTexts);
    }

    public static Report check(List<String> lines, Map<String, Article> articleTexts) {
        Set<String> articles = new HashSet<>();
        Set<String> entities = new HashSet<>();
        Set<String> facts = new HashSet<>();
        Set<String> events = new HashSet<>();
        List<JsonNode> factRecords = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> predicates = new HashSet<>();
        Arrays.stream(Predicate.values()).forEach(p -> predicates.add(p.name()));
        long claims = 0;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode r;
            try {
                r = JSON.readTree(line);
            } catch (IOException e) {
                problems.add("line " + n + ": not JSON: " + e.getMessage());
                continue;
            }
            String where = "line " + n;
            switch (r.path("record").asText("")) {
                case "article" -> {
                    requireText(r, "id", where, problems);
                    if (!articles.add(r.path("id").asText())) {
                        problems.add(where + ": article id repeated");
                    }
                }
                case "entity" -> {
                    for (String f : List.of("id", "name", "label")) {
                        requireText(r, f, where, problems);
                    }
                    if (!LABELS.contains(r.path("label").asText())) {
                        problems.add(where + ": entity label " + r.path("label") + " is not a contract label");
                    }
                    if (!entities.add(r.path("id").asText())) {
                        problems.add(where + ": entity id repeated");
                    }
                }
                case "event" -> {
                    requireText(r, "id", where, problems);
                    events.add(r.path("id").asText());
                }
                case "fact" -> {
                    for (String f : FACT_FIELDS) {
                        if (r.path(f).isMissingNode() || r.path(f).isNull()) {
                            problems.add(where + ": fact without " + f);
                        }
                    }
                    if (!predicates.contains(r.path("predicate").asText())) {
                        problems.add(where + ": predicate " + r.path("predicate") + " is not in the core set");
                    }
                    if (!POLARITIES.contains(r.path("polarity").asText())) {
                        problems.add(where + ": polarity " + r.path("polarity"));
                    }
                    if (!MODALITIES.contains(r.path("modality").asText())) {
                        problems.add(where + ": modality " + r.path("modality"));
                    }
                    double c = r.path("confidence").asDouble(-1);
                    if (c < 0 || c > 1) {
                        problems.add(where + ": confidence " + r.path("confidence") + " outside 0..1");
                    }
                    if (r.hasNonNull("id") && !facts.add(r.path("id").asText())) {
                        problems.add(where + ": fact id repeated");
                    }
                    if (r.path("polarity").asText().equals("positive") && !r.path("modality").asText().equals("hypothetical")) {
                        claims++;
                    }
                    checkEvidence(r, where, articleTexts, problems);
                    for (JsonNode e : r.path("evidence")) {
                        checkEvidence(e, where + " evidence", articleTexts, problems);
                    }
                    factRecords.add(r);
                }
                default -> problems.add(where + ": no known record kind: " + r.path("record"));
            }
        }
        // Ends are checked once every entity is known (the writer puts entities before facts anyway).
        for (JsonNode f : factRecords) {
            for (String side : List.of("subjectId", "objectId")) {
                if (f.hasNonNull(side) && !entities.contains(f.path(side).asText())) {
                    problems.add("fact " + f.path("id").asText() + ": " + side + " " + f.path(side).asText()
                            + " is not an entity of the file");
                }
            }
            if (!articles.contains(f.path("article").asText())) {
                problems.add("fact " + f.path("id").asText() + ": article " + f.path("article").asText()
                        + " is not an article of the file");
            }
        }
        return new Report(articles, entities, facts, events, claims, problems);
    }

    private static void requireText(JsonNode r, String field, String where, List<String> problems) {
        if (!r.path(field).isTextual() || r.path(field).asText().isBlank()) {
            problems.add(where + ": " + r.path("record").asText() + " without " + field);
        }
    }

    /** The offsets cut exactly the quoted sentence out of the cleaned article text. */
    private static void checkEvidence(JsonNode e, String where, Map<String, Article> texts, List<String> problems) {
        Article a = texts.get(e.path("article").asText());
        if (a == null) {
            problems.add(where + ": evidence article " + e.path("article").asText() + " is not one of the inputs");
            return;
        }
        int start = e.path("start").asInt(-1);
        int end = e.path("end").asInt(-1);
        String sentence = e.path("text").asText();
        if (start < 0 || end < start || end > a.text().length()) {
            problems.add(where + ": offsets " + start + ".." + end + " outside article " + a.id());
        } else if (!a.text().substring(start, end).equals(sentence)) {
            problems.add(where + ": offsets " + start + ".." + end + " of " + a.id() + " read '"
                    + a.text().substring(start, end) + "', not the sentence '" + sentence + "'");
        } else if (sentence.isBlank()) {
            problems.add(where + ": blank sentence");
        }
    }
}
