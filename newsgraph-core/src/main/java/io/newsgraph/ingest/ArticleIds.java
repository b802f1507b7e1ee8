package io.newsgraph.ingest;

import io.newsgraph.model.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Hands out article ids for one run; the rule is documented on {@link Ingest}. */
final class ArticleIds {
    private final Map<String, String> firstUse = new HashMap<>();

    /**
     * @param explicit the id the input gave (front matter or JSON "id"), or null
     * @param where    input name (and line) for the duplicate warning
     */
    String assign(String explicit, Source source, int line, String text, String where, ReadContext in) {
        String base;
        if (explicit != null && !explicit.isBlank()) {
            base = explicit.strip();
        } else if (source.isStream()) {
            // "/dev/fd/63" names a pipe for one run only; the content is the stable part.
            base = "stdin-" + hash(text);
        } else if (line > 0) {
            base = Ids.slug(source.stem()) + "-" + hash(text);
        } else {
            base = Ids.slug(source.stem());
        }
        String previous = firstUse.putIfAbsent(base, where);
        if (previous == null) {
            return base;
        }
        String candidate = base + "-" + hash(text);
        for (int n = 2; firstUse.putIfAbsent(candidate, where) != null; n++) {
            candidate = base + "-" + hash(text) + "-" + n;
        }
        if (explicit != null && !explicit.isBlank()) {
            in.warn(line, "duplicate id '" + base + "' (first used by " + previous + "); this article is '" + candidate + "'");
        }
        return candidate;
    }

    /** The first 8 hex digits of the SHA-256 of the cleaned text: stable across runs and machines. */
    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
