package io.newsgraph.eval;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;

/** An event the pipeline found in a test sentence: names as extracted, with its marks. */
public record FoundEvent(String sentence, Predicate predicate, String source, String target, Polarity polarity,
                         Modality modality) {
    /** Lower case, without a leading "the" or a trailing possessive, so "The EU's" and "the EU" compare equal. */
    public static String normalise(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        n = n.replaceFirst("^the ", "").replaceFirst("['\u2019]s?$", "");
        return n.trim();
    }

    /** The same event with normalised names and, for a symmetric predicate, the names in a fixed order. */
    public FoundEvent canonical() {
        String s = normalise(source);
        String t = normalise(target);
        if (predicate.symmetric() && s.compareTo(t) > 0) {
            return new FoundEvent(sentence, predicate, t, s, polarity, modality);
        }
        return new FoundEvent(sentence, predicate, s, t, polarity, modality);
    }
}
