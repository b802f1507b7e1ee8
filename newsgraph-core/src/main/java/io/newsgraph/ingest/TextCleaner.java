package io.newsgraph.ingest;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cleans article text once, before extraction, so that every provenance offset points into the
 * same string: encoding repair, Unicode NFC, whitespace, then the removal of page furniture.
 * The result has each paragraph on one line, paragraphs separated by exactly one blank line,
 * every headline and caption its own paragraph, single spaces, no leading or trailing whitespace. Curly
 * quotes and dashes are kept as written: they are the publisher's text.
 */
public final class TextCleaner {
    /**
     * Invisible characters with no meaning for extraction: soft hyphen, zero-width space, word joiner,
     * byte-order mark, and the direction marks, embeddings, overrides and isolates, which would
     * otherwise split "Haifa" from "Haifa" after a U+200F mark and can make a name display reversed in the map.
     * Zero-width (non-)joiners stay: some scripts need them.
     */
    private static final Pattern DROPPED_CHARS = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    /** Control characters other than the whitespace ones, which become spaces instead. */
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\x0B\\f]]");

    private static final class Standard {
        static final TextCleaner INSTANCE = new TextCleaner(
                new FurnitureFilter(PatternList.load("boilerplate-lines.txt"), PatternList.load("photo-credits.txt")),
                new PromoBlocks(PatternList.load("advert-markers.txt"), PatternList.load("promo-vocabulary.txt"),
                        PatternList.load("section-markers.txt")));
    }

    /** The cleaned text, plus a byline name and a dateline date found in it (or null). */
    public record Result(String text, String bylineAuthor, String datelinePublished) {
    }

    private final FurnitureFilter furniture;
    private final PromoBlocks promo;

    private TextCleaner(FurnitureFilter furniture, PromoBlocks promo) {
        this.furniture = furniture;
        this.promo = promo;
    }

    /** The cleaner with the pattern files shipped in this package; loaded once per JVM. */
    public static TextCleaner standard() {
        return Standard.INSTANCE;
    }

    public Result clean(String raw) {
        String text = normalise(MojibakeRepair.repair(raw == null ? "" : raw));
        FurnitureFilter.Found found = new FurnitureFilter.Found();
        List<Para> paras = ParagraphSplitter.split(text, line -> furniture.isFurnitureLine(line) || promo.isMarker(line));
        paras = furniture.apply(paras, found);
        paras = promo.apply(paras);
        String cleaned = paras.stream().map(Para::text).collect(Collectors.joining("\n\n"));
        return new Result(cleaned, found.author, found.published);
    }

    /** A metadata value (title, author, source) on one line: repaired, NFC, spaces collapsed; null if blank. */
    public String cleanInline(String value) {
        if (value == null) {
            return null;
        }
        String s = normalise(MojibakeRepair.repair(value)).replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** NFC, one kind of line break and space, no invisible characters, lines trimmed. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n")
                .replace('\u0085', '\n');
        s = DROPPED_CHARS.matcher(s).replaceAll("");
        s = CONTROLS.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return out.toString();
    }
}
