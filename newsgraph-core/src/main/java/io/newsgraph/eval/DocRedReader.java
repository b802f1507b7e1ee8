package io.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads DocRED and Re-DocRED: an array of documents with {@code sents} (token lists), {@code
 * vertexSet} (one list of mentions per entity, each with {@code sent_id}, token {@code pos}
 * [start, end) and {@code type}) and {@code labels} ({@code r} a Wikidata property, {@code h} and
 * {@code t} entity indices). Only relations between people, organisations and places whose
 * property maps onto a predicate here are kept ({@link LabelMapping}).
 *
 * <p>Re-DocRED's public dev file is all the document-level data here, so it is split by document
 * position: every fifth document, from the first, is for tuning and the rest for fitting.
 */
public final class DocRedReader {
    /** Which documents of the file to read. */
    public enum Split {
        ALL, FIT, TUNE;

        boolean includes(int position) {
            return switch (this) {
                case ALL -> true;
                case TUNE -> position % 5 == 0;
                case FIT -> position % 5 != 0;
            };
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> OUR_TYPES = Set.of("PER", "ORG", "LOC");

    private DocRedReader() {
    }

    public static List<GoldDocument> read(Path file, Split split) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON array of documents (DocRED format)");
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            if (split.includes(i)) {
                docs.add(document("docred-" + i, root.get(i), file));
            }
        }
        return docs;
    }

    static GoldDocument document(String id, JsonNode d, Path file) throws IOException {
        JoinedTokens joined = new JoinedTokens();
        for (JsonNode sent : d.path("sents")) {
            List<String> words = new ArrayList<>();
            sent.forEach(t -> words.add(t.asText()));
            joined.addSentence(words);
        }
        List<GoldEntity> entities = new ArrayList<>();
        JsonNode vertices = d.path("vertexSet");
        for (int e = 0; e < vertices.size(); e++) {
            List<Span> spans = new ArrayList<>();
            String type = null;
            for (JsonNode m : vertices.get(e)) {
                JsonNode pos = m.path("pos");
                try {
                    spans.add(joined.span(m.path("sent_id").asInt(-1), pos.path(0).asInt(-1), pos.path(1).asInt(-1)));
                } catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
                    throw new IOException(file + ": document " + id + ", entity " + e + ": " + ex.getMessage());
                }
                type = type == null ? m.path("type").asText() : type;
            }
            entities.add(new GoldEntity("e" + e, type, spans));
        }
        return new GoldDocument(id, joined.text(), entities, relations(d, entities));
    }

    private static List<GoldRelation> relations(JsonNode d, List<GoldEntity> entities) {
        List<GoldRelation> out = new ArrayList<>();
        for (JsonNode r : d.path("labels")) {
            int h = r.path("h").asInt(-1);
            int t = r.path("t").asInt(-1);
            if (h < 0 || h >= entities.size() || t < 0 || t >= entities.size()
                    || !OUR_TYPES.contains(entities.get(h).type()) || !OUR_TYPES.contains(entities.get(t).type())) {
                continue;
            }
            String label = r.path("r").asText();
            LabelMapping.docred(label).ifPresent(target -> {
                GoldRelation rel = target.reversed()
                        ? new GoldRelation("e" + t, target.predicate(), "e" + h, label)
                        : new GoldRelation("e" + h, target.predicate(), "e" + t, label);
                if (out.stream().noneMatch(x -> x.head().equals(rel.head()) && x.tail().equals(rel.tail())
                        && x.predicate() == rel.predicate())) {
                    out.add(rel);
                }
            });
        }
        return out;
    }
}
