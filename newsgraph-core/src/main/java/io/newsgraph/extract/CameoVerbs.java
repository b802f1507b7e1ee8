package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO verb dictionary of PETRARCH2 as converted into events/cameo-verbs.tsv (MIT; see its
 * header): verbs grouped in blocks that share a default code and a list of phrase patterns, and the
 * synonym sets the patterns name. Loaded once; {@link #senses} finds the verbs for a lemma.
 */
public final class CameoVerbs {
    /** A synonym block: its name, default code ("---" = no event) and patterns. */
    public record Block(String name, String code, List<CameoPattern> patterns) {
    }

    /** One verb of a block: words that must come before and after it ("+meet with": after = [with]), own code or null. */
    public record Sense(Block block, String lemma, List<String> before, List<String> after, String code) {
        /** The verb's own code, else its block's. */
        public String defaultCode() {
            return code != null ? code : block.code();
        }
    }

    private static final CameoVerbs DEFAULT = new CameoVerbs("/io/newsgraph/extract/events/cameo-verbs.tsv");

    private final Map<String, Set<String>> synsets = new HashMap<>();
    private final Map<String, List<Sense>> byLemma = new HashMap<>();
    private final int blockCount;

    CameoVerbs(String resource) {
        Map<String, Block> blocks = new HashMap<>();
        for (String[] row : Resources.rows(resource, 3)) {
            switch (row[0]) {
                case "S" -> synsets.put(row[1], Set.copyOf(java.util.Arrays.asList(row[2].split("\\|"))));
                case "B" -> blocks.put(row[1], new Block(row[2], code(row[3]), new ArrayList<>()));
                case "P" -> block(blocks, row, resource).patterns().add(CameoPattern.parse(row[2], code(row[3])));
                case "V" -> sense(block(blocks, row, resource), row);
                default -> throw new IllegalStateException(resource + ": unknown row kind '" + row[0] + "'");
            }
        }
        blockCount = blocks.size();
    }

    public static CameoVerbs get() {
        return DEFAULT;
    }

    /** The senses of a verb lemma (lower case); empty when the dictionary does not list it. */
    public List<Sense> senses(String lemma) {
        return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** True when {@code word} is {@code term}, or a member of the synonym set {@code term} names ("&weapon"). */
    public boolean matches(String term, String word) {
        if (term.startsWith("&")) {
            Set<String> members = synsets.get(term);
            return members != null && members.contains(word);
        }
        return term.equals(word);
    }

    public int blockCount() {
        return blockCount;
    }

    private void sense(Block b, String[] row) {
        String lemma = row[2];
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        if (!row[3].equals("-")) {
            boolean seen = false;
            for (String w : row[3].split(" ")) {
                if (w.startsWith("+")) {
                    seen = true;
                } else {
                    (seen ? after : before).add(w);
                }
            }
        }
        String own = row.length > 4 && !row[4].equals("-") ? code(row[4]) : null;
        byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Sense(b, lemma, List.copyOf(before), List.copyOf(after), own));
    }

    private static Block block(Map<String, Block> blocks, String[] row, String resource) {
        Block b = blocks.get(row[1]);
        if (b == null) {
            throw new IllegalStateException(resource + ": row for unknown block " + row[1]);
        }
        return b;
    }

    /** PETRARCH2 writes some codes as "active:passive" ("043:042"); the first is the one for the active voice. */
    private static String code(String raw) {
        int colon = raw.indexOf(':');
        return (colon < 0 ? raw : raw.substring(0, colon)).trim();
    }
}
