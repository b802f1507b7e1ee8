package io.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL04 in SpERT's JSON form: an array of sentences, each with {@code tokens}, {@code
 * entities} as token spans [start, end) with a type, and {@code relations} as head and tail
 * entity indices with a label. Each sentence is one gold document ("conll04-N", N its position).
 * Entities of type Other take part in no relation and are kept only as spans.
 */
public final class Conll04Reader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Conll04Reader() {
    }

    public static List<GoldDocument> read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON array of sentences (SpERT format)");
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            docs.add(sentence("conll04-" + i, root.get(i), file));
        }
        return docs;
    }

    static GoldDocument sentence(String id, JsonNode s, Path file) throws IOException {
        JsonNode tokens = s.get("tokens");
        if (tokens == null || !tokens.isArray()) {
            throw new IOException(file + ": sentence " + id + " has no tokens array");
        }
        List<String> words = new ArrayList<>();
        tokens.forEach(t -> words.add(t.asText()));
        JoinedTokens joined = new JoinedTokens();
        joined.addSentence(words);
        List<GoldEntity> entities = new ArrayList<>();
        JsonNode ents = s.path("entities");
        for (int e = 0; e < ents.size(); e++) {
            JsonNode en = ents.get(e);
            Span span = joined.span(0, en.path("start").asInt(-1), en.path("end").asInt(-1));
            entities.add(new GoldEntity("e" + e, en.path("type").asText(), List.of(span)));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : s.path("relations")) {
            String label = r.path("type").asText();
            int h = r.path("head").asInt(-1);
            int t = r.path("tail").asInt(-1);
            if (h < 0 || h >= entities.size() || t < 0 || t >= entities.size()) {
                throw new IOException(file + ": sentence " + id + " has a relation to a missing entity (" + h + ", " + t + ")");
            }
            LabelMapping.conll04(label).ifPresent(target -> relations.add(target.reversed()
                    ? new GoldRelation("e" + t, target.predicate(), "e" + h, label)
                    : new GoldRelation("e" + h, target.predicate(), "e" + t, label)));
        }
        return new GoldDocument(id, joined.text(), entities, relations);
    }
}
