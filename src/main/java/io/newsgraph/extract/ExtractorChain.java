package io.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An ordered list of extractors whose requirements were checked against what comes before them. */
public final class ExtractorChain {
    private final List<Extractor> extractors;

    private ExtractorChain(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /**
     * Checks that every extractor's requirements are provided by the annotators or an earlier
     * extractor, and fails with a message naming the extractor and what is missing.
     */
    public static ExtractorChain assemble(Set<String> annotators, List<Extractor> extractors) {
        Set<String> available = new HashSet<>(annotators);
        for (Extractor e : extractors) {
            Set<String> missing = new TreeSet<>(e.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("extractor '" + e.name() + "' requires " + missing
                        + ", which no annotator or earlier extractor provides (available: " + new TreeSet<>(available) + ")");
            }
            available.addAll(e.provides());
        }
        return new ExtractorChain(extractors);
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    public void run(ArticleContext ctx) {
        for (Extractor e : extractors) {
            e.extract(ctx);
        }
    }

    public List<String> names() {
        List<String> n = new ArrayList<>();
        extractors.forEach(e -> n.add(e.name()));
        return n;
    }
}
