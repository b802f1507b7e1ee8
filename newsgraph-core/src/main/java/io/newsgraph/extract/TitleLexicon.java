package io.newsgraph.extract;

import io.newsgraph.model.Predicate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** titles.tsv: office and job titles and the predicate each gives ("CEO" -> LEADS). */
public final class TitleLexicon {
    /** A title entry: its predicate and kind (gov, job, supplier, place). */
    public record Title(String words, Predicate predicate, String kind) {
        public boolean government() {
            return kind.equals("gov");
        }
    }

    private static final TitleLexicon DEFAULT = new TitleLexicon();

    private final Map<String, Title> titles = new HashMap<>();
    private final Set<String> words = new HashSet<>();

    private TitleLexicon() {
        for (String[] row : Resources.rows("/io/newsgraph/extract/titles.tsv", 3)) {
            String w = row[0].trim().toLowerCase(Locale.ROOT);
            titles.put(w, new Title(w, Predicate.parse(row[1].trim()), row[2].trim()));
            words.addAll(List.of(w.split(" ")));
        }
    }

    public static TitleLexicon get() {
        return DEFAULT;
    }

    public boolean isTitleWord(String word) {
        return words.contains(normalise(word));
    }

    /** True when the words, as a whole, are one title of titles.tsv ("prime", "minister"). */
    public boolean isTitle(List<String> seq) {
        return titles.containsKey(String.join(" ", seq.stream().map(TitleLexicon::normalise).toList()));
    }

    /**
     * The longest title that ends the given word sequence: ["first", "deputy", "head"] gives
     * "first deputy head"; ["Russian", "President"] gives "president".
     */
    public Optional<Title> longestSuffix(List<String> seq) {
        for (int from = 0; from < seq.size(); from++) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < seq.size(); i++) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(normalise(seq.get(i)));
            }
            Title t = titles.get(b.toString());
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** "then-head" and "ex-president" carry their time prefix glued on; lower case. */
    public static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("^(then|ex|former)-", "");
    }

    public static boolean formerPrefix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("then-") || w.startsWith("ex-") || w.equals("former") || w.equals("then") || w.equals("ex")
                || w.equals("retired") || w.equals("late");
    }
}
