package io.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The small closed word classes of lexicon.tsv (negators, modals, reporting verbs, ...). */
public final class WordClasses {
    private static final WordClasses DEFAULT = load("/io/newsgraph/extract/lexicon.tsv");

    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = classes;
    }

    public static WordClasses get() {
        return DEFAULT;
    }

    static WordClasses load(String resource) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] row : Resources.rows(resource, 2)) {
            Set<String> words = new java.util.HashSet<>();
            for (String w : row[1].split(",")) {
                if (!w.isBlank()) {
                    words.add(w.trim().toLowerCase(Locale.ROOT));
                }
            }
            m.put(row[0].trim(), Set.copyOf(words));
        }
        return new WordClasses(Map.copyOf(m));
    }

    public boolean is(String wordClass, String word) {
        Set<String> s = classes.get(wordClass);
        if (s == null) {
            throw new IllegalArgumentException("no word class " + wordClass);
        }
        return word != null && s.contains(word.toLowerCase(Locale.ROOT));
    }
}
