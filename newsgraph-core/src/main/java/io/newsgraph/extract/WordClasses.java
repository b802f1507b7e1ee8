package io.newsgraph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes read from a lexicon file: one "class&lt;TAB&gt;comma list" per line, '#'
 * lines for comments and sources (the format of lexicon.tsv, names.tsv and resolve/names.tsv).
 * Words are kept lower-case and matched case-insensitively. A file that defines a class twice,
 * or a class with no words, fails at load with its line; asking for a class no file defines
 * fails at once with the class and the file, and {@code WordClassesTest} checks that every
 * class a file defines is asked for somewhere in the code.
 */
public final class WordClasses {
    private static final WordClasses DEFAULT = load("/io/newsgraph/extract/lexicon.tsv");

    private final String resource;
    private final Map<String, Set<String>> classes;

    private WordClasses(String resource, Map<String, Set<String>> classes) {
        this.resource = resource;
        this.classes = classes;
    }

    /** The closed word classes of lexicon.tsv (negators, modals, reporting verbs, ...). */
    public static WordClasses get() {
        return DEFAULT;
    }

    public static WordClasses load(String resource) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        int row = 0;
        for (String[] cols : Resources.rows(resource, 2)) {
            row++;
            String name = cols[0].trim();
            Set<String> words = new LinkedHashSet<>();
            for (String w : cols[1].split(",")) {
                if (!w.isBlank()) {
                    words.add(w.trim().toLowerCase(Locale.ROOT));
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException(resource + ": class '" + name + "' (entry " + row + ") has no words");
            }
            if (m.put(name, Set.copyOf(words)) != null) {
                throw new IllegalStateException(resource + ": class '" + name + "' is defined twice");
            }
        }
        return new WordClasses(resource, Map.copyOf(m));
    }

    public boolean is(String wordClass, String word) {
        return word != null && words(wordClass).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of a class, for code that keeps them in a constant of its own. */
    public Set<String> words(String wordClass) {
        Set<String> s = classes.get(wordClass);
        if (s == null) {
            throw new IllegalArgumentException("no word class '" + wordClass + "' in " + resource + " (it has " + classes.keySet() + ")");
        }
        return s;
    }

    /** The class names this file defines, for the check that each is used. */
    public Set<String> classNames() {
        return classes.keySet();
    }
}
