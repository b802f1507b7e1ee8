package io.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Undoes UTF-8 that was decoded with a single-byte code page ("â€™" for "’", "Ã©" for "é",
 * and "ā€”" for "—" from a Baltic Windows-1257 page seen in the seeds).
 *
 * <p>Repair works sequence by sequence rather than on the whole text, because scraped text is
 * often a mix: a garbled paragraph next to a clean one, or clean curly quotes beside garbled
 * dashes, so a whole-text round trip would fail. A run of characters is replaced only when it
 * maps back to the bytes of one well-formed UTF-8 character in a plausible block (Latin,
 * Greek, Cyrillic, Hebrew, Arabic, punctuation, currency, CJK, emoji); that keeps German
 * "Gruß“" or Latvian text intact. Double-garbled text is repaired by repeating the pass.
 * Sequences whose last byte was lost are fixed from the table in mojibake.tsv.
 */
final class MojibakeRepair {
    /** Code pages that mis-decode UTF-8 in the wild, most common first. */
    private static final List<Map<Character, Integer>> CODE_PAGES = List.of(
            withHolesFilled(codePage("windows-1252")),
            withHolesFilled(codePage("windows-1257")),
            withHolesFilled(codePage("windows-1250")));
    private static final List<String[]> TABLE = loadTable();

    private MojibakeRepair() {
    }

    static String repair(String text) {
        if (!mayBeGarbled(text)) {
            return text;
        }
        String current = text;
        for (int pass = 0; pass < 3; pass++) {
            String next = current;
            for (int i = 0; i < CODE_PAGES.size(); i++) {
                // Code pages other than Windows-1252 are rarer and their letters are real text in
                // Baltic and Central European languages: use them only when they turn up a
                // typographic punctuation mark, the signature of garbled English-language news.
                next = repairWith(next, CODE_PAGES.get(i), i > 0);
            }
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        for (String[] entry : TABLE) {
            current = current.replace(entry[0], entry[1]);
        }
        return current;
    }

    /** Every garbled sequence starts with a non-ASCII character; pure ASCII needs no work. */
    private static boolean mayBeGarbled(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static String repairWith(String text, Map<Character, Integer> page, boolean needPunctuation) {
        StringBuilder out = new StringBuilder(text.length());
        boolean sawPunctuation = false;
        int repaired = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Integer lead = page.get(c);
            int extra = lead == null ? 0 : continuationCount(lead);
            if (extra > 0 && i + extra < text.length()) {
                byte[] bytes = new byte[extra + 1];
                bytes[0] = (byte) (int) lead;
                boolean ok = true;
                for (int k = 1; k <= extra && ok; k++) {
                    Integer b = page.get(text.charAt(i + k));
                    ok = b != null && b >= 0x80 && b <= 0xBF;
                    if (ok) {
                        bytes[k] = (byte) (int) b;
                    }
                }
                String decoded = ok ? decodeStrict(bytes) : null;
                if (decoded != null && plausible(decoded.codePointAt(0))) {
                    int cp = decoded.codePointAt(0);
                    sawPunctuation |= cp >= 0x2000 && cp <= 0x206F;
                    out.append(decoded);
                    repaired++;
                    i += extra + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        if (repaired == 0 || (needPunctuation && !sawPunctuation)) {
            return text;
        }
        return out.toString();
    }

    private static int continuationCount(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return 0;
    }

    private static String decodeStrict(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean plausible(int cp) {
        return (cp >= 0xA0 && cp <= 0x24F)        // Latin-1 supplement, Latin extended A/B
                || (cp >= 0x370 && cp <= 0x6FF)   // Greek, Cyrillic, Armenian, Hebrew, Arabic
                || (cp >= 0x1E00 && cp <= 0x1EFF) // Latin extended additional (Vietnamese)
                || (cp >= 0x2000 && cp <= 0x206F) // dashes, quotes, ellipsis, bullets
                || (cp >= 0x20A0 && cp <= 0x20CF) // currency signs
                || (cp >= 0x2100 && cp <= 0x215F) // trade mark, numero, fractions
                || (cp >= 0x3000 && cp <= 0x9FFF) // CJK punctuation, kana, ideographs
                || (cp >= 0xAC00 && cp <= 0xD7AF) // Hangul
                || (cp >= 0x1F300 && cp <= 0x1FAFF); // emoji
    }

    /**
     * Bytes a code page leaves undefined still reach the page as something: browsers and
     * scrapers fall back to the Windows-1252 character or to the Latin-1 C1 control. Accept both.
     */
    private static Map<Character, Integer> withHolesFilled(Map<Character, Integer> map) {
        Set<Integer> defined = new HashSet<>(map.values());
        Map<Character, Integer> cp1252 = codePage("windows-1252");
        for (Map.Entry<Character, Integer> e : cp1252.entrySet()) {
            if (!defined.contains(e.getValue()) && !map.containsKey(e.getKey())) {
                map.put(e.getKey(), e.getValue());
            }
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            map.putIfAbsent((char) b, b);
        }
        return map;
    }

    private static Map<Character, Integer> codePage(String name) {
        Map<Character, Integer> map = new HashMap<>();
        Charset cs = Charset.forName(name);
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, cs);
            if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                map.put(s.charAt(0), b);
            }
        }
        return map;
    }

    private static List<String[]> loadTable() {
        List<String[]> table = new ArrayList<>();
        for (String line : PatternList.resourceLines("mojibake.tsv")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && !parts[0].isEmpty()) {
                table.add(parts);
            }
        }
        table.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed());
        return List.copyOf(table);
    }
}
