package io.newsgraph.extract;

import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** verb-frames.tsv: lemma and part of speech -> predicate and argument relations. */
public final class VerbLexicon {
    /** One argument relation; a fallback one is used only when earlier relations gave nothing. */
    public record Slot(String relation, boolean fallback) {
    }

    /** One lexicon row. */
    public record Entry(String lemma, boolean noun, Predicate predicate, List<Slot> objects, List<String> topics,
                        Set<String> flags) {
        public boolean has(String flag) {
            return flags.contains(flag);
        }

        /** The CAMEO code a dictionary entry carries as its "cameo:" flag; null for hand-made rows. */
        public String cameo() {
            return flags.stream().filter(f -> f.startsWith("cameo:")).map(f -> f.substring("cameo:".length()))
                    .findFirst().orElse(null);
        }
    }

    /** The flags verb-frames.tsv documents and the frame extractor reads. */
    static final Set<String> FLAGS = Set.of("ccomp-subject", "needs-object", "no-label", "inverse", "accusation-object",
            "addressee-object", "actor-objects", "military-object");
    private static final VerbLexicon DEFAULT = new VerbLexicon("/io/newsgraph/extract/verb-frames.tsv");

    private final Map<String, List<Entry>> entries = new HashMap<>();

    VerbLexicon(String resource) {
        for (String[] row : Resources.rows(resource, 6)) {
            List<Slot> objects = new ArrayList<>();
            for (String r : list(row[3])) {
                objects.add(r.endsWith("?") ? new Slot(r.substring(0, r.length() - 1), true) : new Slot(r, false));
            }
            checkFlags(resource, row[0].trim(), list(row[5]));
            boolean noun = row[1].trim().equalsIgnoreCase("NOUN");
            Entry e = new Entry(row[0].trim().toLowerCase(Locale.ROOT), noun, Predicate.parse(row[2].trim()),
                    List.copyOf(objects), list(row[4]), Set.copyOf(list(row[5])));
            entries.computeIfAbsent(key(e.lemma(), noun), k -> new ArrayList<>()).add(e);
        }
    }

    /** A flag the extractor does not read would silently do nothing: refuse it when the file is loaded. */
    private static void checkFlags(String resource, String lemma, List<String> flags) {
        for (String f : flags) {
            if (!FLAGS.contains(f) && !f.matches("cameo:\\d{2,4}")) {
                throw new IllegalStateException(resource + ": the frame of '" + lemma + "' has the unknown flag '" + f
                        + "' (known: " + String.join(", ", new java.util.TreeSet<>(FLAGS)) + ", cameo:CODE)");
            }
        }
    }

    public static VerbLexicon get() {
        return DEFAULT;
    }

    public List<Entry> lookup(String lemma, boolean noun) {
        return entries.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), noun), List.of());
    }

    private static String key(String lemma, boolean noun) {
        return (noun ? "N:" : "V:") + lemma;
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) {
            String t = s.trim();
            if (!t.isEmpty() && !t.equals("-") && !t.equals("none")) {
                out.add(t);
            }
        }
        return out;
    }
}
