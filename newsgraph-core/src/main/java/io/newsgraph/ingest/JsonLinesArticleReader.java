package io.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * JSON Lines corpora, plain or gzip: one article per line, {"id", "title", "text"} plus optional
 * "url", "published" (or "date"), "source", "author". Read as a stream, so a corpus may be far
 * larger than memory; each line is limited to the article size limit. A bad line is reported
 * with its number and skipped; the other lines are kept.
 */
final class JsonLinesArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public String format() {
        return "JSON Lines";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson", "jsonlines");
    }

    @Override
    public boolean sniff(String head) {
        String s = head.stripLeading();
        return s.startsWith("{") && s.contains("\"text\"") || s.startsWith("[") && s.substring(1).stripLeading().startsWith("{");
    }

    @Override
    public List<Draft> read(ReadContext in) throws IOException, RejectedInput {
        List<Draft> drafts = new ArrayList<>();
        try (Drafts lines = open(in)) {
            for (Draft d; (d = lines.next()) != null; ) {
                drafts.add(d);
            }
        }
        return drafts;
    }

    /** Reads the corpus a line at a time: only the line being parsed is held, however large the file. */
    @Override
    public Drafts open(ReadContext in) throws IOException, RejectedInput {
        try {
            return new CorpusLines(in, in.source().open());
        } catch (ZipException e) {
            throw new RejectedInput("not a valid gzip file (" + e.getMessage() + ")");
        } catch (EOFException e) {
            throw new RejectedInput("gzip file is cut off before its first line");
        }
    }

    /** The lines of one open corpus; each call to {@link #next} reads up to the next good record. */
    private static final class CorpusLines implements Drafts {
        private final ReadContext in;
        private final InputStream stream;
        private final BoundedLineReader lines;
        private int lineNo;
        private int records;
        private boolean ended;

        CorpusLines(ReadContext in, InputStream stream) {
            this.in = in;
            this.stream = stream;
            this.lines = new BoundedLineReader(stream, in.maxBytes());
        }

        @Override
        public Draft next() throws IOException, RejectedInput {
            while (!ended) {
                byte[] bytes = nextLine();
                if (bytes == null) {
                    break;
                }
                lineNo++;
                if (records == 0 && startsWithArray(bytes)) {
                    throw new RejectedInput("a JSON array, not JSON Lines: write one article object per line (.jsonl)");
                }
                if (lines.lastWasTooLong()) {
                    records++;
                    in.error(lineNo, "too large (" + ReadContext.megabytes(lines.lastLength()) + ", limit "
                            + ReadContext.limit(in.maxBytes()) + ")");
                    continue;
                }
                String line = decode(bytes, lineNo, in);
                if (line.isBlank()) {
                    continue;
                }
                records++;
                Draft d = parse(line, lineNo, in);
                if (d != null) {
                    return d;
                }
            }
            ended = true;
            if (records == 0) {
                throw new RejectedInput("empty file (no JSON lines)");
            }
            return null;
        }

        /** The next line's bytes, or null at the end; a gzip stream cut off ends the corpus with a problem. */
        private byte[] nextLine() throws IOException, RejectedInput {
            try {
                return lines.next();
            } catch (ZipException e) {
                throw new RejectedInput("not a valid gzip file (" + e.getMessage() + ")");
            } catch (EOFException e) {
                if (lineNo == 0) {
                    throw new RejectedInput("gzip file is cut off before its first line");
                }
                in.error(lineNo, "gzip file is cut off after this line; the lines before it were read");
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private static boolean startsWithArray(byte[] line) {
        for (byte b : line) {
            if (b == '[') {
                return true;
            }
            if (b != ' ' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes, int lineNo, ReadContext in) {
        int offset = lineNo == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            in.warn(lineNo, "not valid UTF-8; line read as Windows-1252");
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    static Draft parse(String line, int lineNo, ReadContext in) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            in.error(lineNo, "not valid JSON (" + shortReason(e) + ")");
            return null;
        }
        if (node == null || !node.isObject()) {
            in.error(lineNo, "expected a JSON object, found " + kind(node));
            return null;
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            in.error(lineNo, "missing \"text\"");
            return null;
        }
        if (!text.isTextual()) {
            in.error(lineNo, "\"text\" must be a string, found " + kind(text));
            return null;
        }
        if (text.asText().isBlank()) {
            in.error(lineNo, "\"text\" is empty");
            return null;
        }
        String id = null;
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (idNode.isTextual() || idNode.isIntegralNumber()) {
                id = idNode.asText().isBlank() ? null : idNode.asText().strip();
            } else {
                in.warn(lineNo, "\"id\" must be a string or a whole number, found " + kind(idNode) + "; ignored");
            }
        }
        return new Draft(id, string(node, lineNo, in, "title", "headline"), string(node, lineNo, in, "source", "publisher"),
                string(node, lineNo, in, "published", "date", "datePublished"), string(node, lineNo, in, "url", "link"),
                string(node, lineNo, in, "author", "byline"), text.asText(), lineNo);
    }

    /** An optional string field (first of its accepted names); a value of another type is a warning. */
    private static String string(JsonNode node, int lineNo, ReadContext in, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isTextual()) {
                return v.asText().isBlank() ? null : v.asText();
            }
            if (name.equals("published") && v.isIntegralNumber()) {
                return v.asText(); // a bare year
            }
            in.warn(lineNo, "\"" + name + "\" must be a string, found " + kind(v) + "; ignored");
        }
        return null;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "a string";
    }

    /** Jackson's message without its source excerpt and location block: one short line. */
    private static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        // Drop Jackson's source-location tail ("(start marker at [Source: ...])"): we give line and column.
        m = m.replaceAll("\\s+", " ").replaceAll("\\s*\\(start marker at .*$", "").replaceAll("\\s*\\[Source:.*$", "").strip();
        int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        String where = col > 0 ? " at column " + col : "";
        return (m.length() > 100 ? m.substring(0, 100) + "..." : m) + where;
    }
}
