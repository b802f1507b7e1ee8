package io.newsgraph.model.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.model.stream.GraphSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads extraction output (JSON Lines, shared/eval/README.md) back into a {@link Graph}. A bad
 * line is reported through the problem callback with its line number and skipped; the good lines
 * are kept. An article record without text gets an empty text (older files omit it).
 */
public final class JsonLinesReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinesReader() {
    }

    /** A line that could not be read: where and why. */
    public record Problem(String source, long line, String message) {
        @Override
        public String toString() {
            return source + ":" + line + ": " + message;
        }
    }

    /** A file that could not be read while it was streamed as a {@link #source}. */
    public static final class ReadException extends UncheckedIOException {
        public ReadException(Path file, IOException cause) {
            super(file + ": cannot read: " + cause.getMessage(), cause);
        }
    }

    /**
     * A JSON Lines file (plain or .gz) as a graph source, streamed anew on each
     * {@link GraphSource#into}; bad lines go to problems and are skipped. A failure to read the
     * file is a {@link ReadException}; a failing sink's exception passes through as it is.
     */
    public static GraphSource source(Path file, Consumer<Problem> problems) {
        return sink -> {
            try (BufferedReader r = open(file)) {
                stream(r, file.toString(), sink, problems);
            } catch (IOException e) {
                throw new ReadException(file, e);
            }
        };
    }

    public static Graph read(Path file, Consumer<Problem> problems) throws IOException {
        try (BufferedReader r = open(file)) {
            return read(r, file.toString(), problems);
        }
    }

    public static Graph read(BufferedReader reader, String source, Consumer<Problem> problems) throws IOException {
        GraphCollector collector = new GraphCollector();
        stream(reader, source, collector, problems);
        return collector.graph();
    }

    /** Opens a JSON Lines file for reading as UTF-8, decompressing it when its name ends in .gz. */
    public static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            boolean gz = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Streams the records of a file into a sink without holding them, so that a graph larger
     * than the heap can be exported. Calls start() first and finish() last.
     */
    public static void stream(BufferedReader reader, String source, GraphSink sink, Consumer<Problem> problems)
            throws IOException {
        sink.start();
        String line;
        long n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            // Only parsing is guarded: a failing sink (a full disk, a lost database) is not a bad line.
            Object record;
            try {
                JsonNode node = MAPPER.readTree(line);
                if (node == null || !node.isObject()) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                record = switch (text(node, "record", true)) {
                    case "article" -> article(node);
                    case "entity" -> entity(node);
                    case "fact" -> fact(node);
                    case "event" -> event(node);
                    default -> throw new IllegalArgumentException("unknown record type '" + node.get("record").asText() + "'");
                };
            } catch (JsonProcessingException e) {
                problems.accept(new Problem(source, n, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            } catch (RuntimeException e) {
                problems.accept(new Problem(source, n, e.getMessage()));
                continue;
            }
            if (record instanceof Article a) {
                sink.article(a);
            } else if (record instanceof Entity e) {
                sink.entity(e);
            } else if (record instanceof Fact f) {
                sink.fact(f);
            } else {
                sink.event((Event) record);
            }
        }
        sink.finish();
    }

    private static Article article(JsonNode n) {
        String text = text(n, "text", false);
        return new Article(text(n, "id", true), text(n, "title", false), text(n, "source", false),
                text(n, "published", false), text(n, "url", false), text(n, "author", false),
                text(n, "path", false), text == null ? "" : text);
    }

    private static Entity entity(JsonNode n) {
        return new Entity(text(n, "id", true), text(n, "name", true), EntityType.fromLabel(text(n, "label", true)),
                strings(n, "aliases"), n.path("mentions").asInt(0), strings(n, "articles"), merges(n), text(n, "typeRule", false));
    }

    /** The optional "merges" array of an entity: each alias with the reason it joined and the name it joined. */
    private static List<AliasMerge> merges(JsonNode n) {
        List<AliasMerge> out = new ArrayList<>();
        for (JsonNode m : n.path("merges")) {
            out.add(new AliasMerge(text(m, "alias", true), text(m, "reason", true), text(m, "to", true)));
        }
        return out;
    }

    private static Fact fact(JsonNode n) {
        Predicate p = Predicate.parse(text(n, "predicate", true));
        List<Evidence> evidence = new ArrayList<>();
        JsonNode arr = n.get("evidence");
        if (arr != null && arr.isArray() && !arr.isEmpty()) {
            for (JsonNode e : arr) {
                evidence.add(evidence(e, text(e, "attributedTo", false), text(e, "date", false)));
            }
        } else {
            // One flat reading: the fact's own attribution and date are this reading's.
            evidence.add(evidence(n, text(n, "attributedTo", false), text(n, "date", false)));
        }
        String id = text(n, "id", false);
        if (id == null) {
            Evidence e = evidence.get(0);
            id = "fact/" + e.article() + "-" + e.sentence() + "-" + p.name().toLowerCase() + "-"
                    + Integer.toHexString((text(n, "subject", true) + "|" + text(n, "object", true)).hashCode());
        }
        return new Fact(id, text(n, "subject", true), p, text(n, "object", true),
                text(n, "subjectId", false), text(n, "objectId", false),
                Polarity.parse(text(n, "polarity", false)), Modality.parse(text(n, "modality", false)),
                text(n, "attributedTo", false), text(n, "event", false), text(n, "date", false),
                text(n, "role", false), evidence);
    }

    private static Evidence evidence(JsonNode n, String attributedTo, String date) {
        return new Evidence(text(n, "article", true), integer(n, "sentence"), integer(n, "start"), integer(n, "end"),
                text(n, "text", true), text(n, "extractor", true), number(n, "confidence"), attributedTo, date,
                text(n, "rule", false));
    }

    private static Event event(JsonNode n) {
        List<Participant> ps = new ArrayList<>();
        for (JsonNode p : n.path("participants")) {
            ps.add(new Participant(Role.parse(text(p, "role", true)), text(p, "entity", true)));
        }
        return new Event(text(n, "id", true), Predicate.parse(text(n, "type", true)), text(n, "article", true),
                n.path("sentence").asInt(0), ps, text(n, "date", false), text(n, "place", false),
                text(n, "cameo", false));
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing field '" + field + "'");
            }
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("field '" + field + "' should be a string");
        }
        return v.asText();
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' should be a whole number");
        }
        return v.intValue();
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' should be a number");
        }
        return v.doubleValue();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : n.path(field)) {
            out.add(v.asText());
        }
        return out;
    }
}
