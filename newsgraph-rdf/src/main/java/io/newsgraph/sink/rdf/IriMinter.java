package io.newsgraph.sink.rdf;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mints the IRIs of the data under a base IRI, from ids alone, so nothing needs to be remembered
 * while streaming and the same id gives the same IRI in every run.
 *
 * <p>An id such as {@code person/elon-musk} becomes {@code <base>person/elon-musk}: every
 * character outside the ASCII unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded as
 * UTF-8, slashes between id segments are kept, and segments made only of dots are encoded too so
 * that no IRI normaliser can collapse them. ASCII-only output is a subset of the IRI unreserved
 * set, so the result is both a valid IRI and a valid URI whatever the name holds (quotes, angle
 * brackets, spaces, accents, emoji, right-to-left scripts), and {@link #decode} gives the id back.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/data/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;

    public IriMinter(String base) {
        this.base = checkBase(base == null ? DEFAULT_BASE : base);
    }

    public static IriMinter defaults() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** Entity ids carry their type as first segment ({@code person/...}); bare ids go under {@code entity/}. */
    public String entity(String id) {
        return id.indexOf('/') > 0 ? base + encodePath(id) : base + "entity/" + encodeSegment(id);
    }

    /** Why one alias joined an entity: under the entity's IRI, keyed by the alias, so that any source gives the same IRI. */
    public String aliasMerge(String entityId, String alias) {
        return entity(entityId) + "#merge/" + encodeSegment(alias);
    }

    /** A subject or object known only by its name (a fact without subjectId/objectId). */
    public String mention(String name) {
        return base + "mention/" + encodeSegment(name);
    }

    public String article(String id) {
        return base + "article/" + encodeSegment(id);
    }

    /** The named graph holding what one article states. */
    public String graph(String articleId) {
        return base + "graph/" + encodeSegment(articleId);
    }

    public String fact(String id) {
        return kindPath("fact", id);
    }

    public String event(String id) {
        return kindPath("event", id);
    }

    /** A claim, from {@link io.newsgraph.claims.Claim#id()} ("claim/3f0c..."). */
    public String claim(String id) {
        return kindPath("claim", id);
    }

    /**
     * One piece of evidence of a fact, keyed by what it is (article, sentence, offsets, extractor)
     * rather than by its position in the list, so that sources listing evidence in another order
     * (Neo4j) give the same IRIs.
     */
    public String evidence(String factId, Evidence e) {
        return fact(factId) + "#evidence/" + encodeSegment(e.article()) + "/" + e.sentence() + "/"
                + e.start() + "-" + e.end() + "/" + encodeSegment(e.extractor());
    }

    /** The id an IRI minted by {@link #entity} (or fact/event) was made from, or null if not under the base. */
    public String pathOf(String iri) {
        return iri.startsWith(base) ? decode(iri.substring(base.length())) : null;
    }

    /** Prefixes for the data namespaces, so Turtle can write {@code person:elon-musk}. */
    public Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data", base);
        for (EntityType t : EntityType.values()) {
            m.put(t.idPrefix(), base + t.idPrefix() + "/");
        }
        m.put("article", base + "article/");
        m.put("fact", base + "fact/");
        m.put("claim", base + "claim/");
        m.put("graph", base + "graph/");
        return m;
    }

    private String kindPath(String kind, String id) {
        return id.startsWith(kind + "/") ? base + encodePath(id) : base + kind + "/" + encodePath(id);
    }

    /** Encodes each '/'-separated segment of an id, keeping the slashes. */
    public static String encodePath(String id) {
        if (isPlain(id)) {
            return id;
        }
        StringBuilder sb = new StringBuilder(id.length() + 16);
        int from = 0;
        while (true) {
            int slash = id.indexOf('/', from);
            String segment = slash < 0 ? id.substring(from) : id.substring(from, slash);
            appendSegment(sb, segment);
            if (slash < 0) {
                return sb.toString();
            }
            sb.append('/');
            from = slash + 1;
        }
    }

    /** Encodes a whole string as one path segment: slashes are encoded too. */
    public static String encodeSegment(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendSegment(sb, text);
        return sb.toString();
    }

    /** Reverses percent-encoding (UTF-8). */
    public static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isPlain(String id) {
        if (id.isEmpty()) {
            return false;
        }
        boolean onlyDots = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/') {
                if (onlyDots) {
                    return false; // empty or dot-only segment
                }
                onlyDots = true;
            } else if (!unreserved(c)) {
                return false;
            } else if (c != '.') {
                onlyDots = false;
            }
        }
        return !onlyDots;
    }

    private static void appendSegment(StringBuilder sb, String segment) {
        boolean onlyDots = !segment.isEmpty() && segment.chars().allMatch(c -> c == '.');
        if (onlyDots) {
            // "." and ".." would be removed by IRI normalisation: write them as %2E.
            sb.append("%2E".repeat(segment.length()));
            return;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (unreserved(c)) {
                sb.append(c);
                continue;
            }
            int cp;
            if (Character.isHighSurrogate(c) && i + 1 < segment.length() && Character.isLowSurrogate(segment.charAt(i + 1))) {
                cp = Character.toCodePoint(c, segment.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD; // an unpaired surrogate has no UTF-8 form
            } else {
                cp = c;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    private static boolean unreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String checkBase(String base) {
        String b = base.trim();
        if (!b.endsWith("/")) {
            b = b + "/";
        }
        try {
            IRIx iri = IRIx.create(b);
            if (!iri.isAbsolute() || iri.hasViolations()) {
                throw new IllegalArgumentException("base IRI '" + base + "' is not an absolute IRI");
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("base IRI '" + base + "' is not a valid IRI: " + e.getMessage());
        }
        if (b.indexOf('#') >= 0 || b.indexOf('?') >= 0) {
            throw new IllegalArgumentException("base IRI '" + base + "' must not contain '#' or '?'");
        }
        return b;
    }
}
