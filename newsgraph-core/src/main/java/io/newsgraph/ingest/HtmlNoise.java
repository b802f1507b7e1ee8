package io.newsgraph.ingest;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The furniture selectors and class/id words of html-noise.txt. */
final class HtmlNoise {
    private final String selectors;
    private final Set<String> tokens;

    private HtmlNoise(String selectors, Set<String> tokens) {
        this.selectors = selectors;
        this.tokens = tokens;
    }

    static HtmlNoise load() {
        List<String> selectors = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        for (String line : PatternList.resourceLines("html-noise.txt")) {
            String value = line.substring(line.indexOf(':') + 1).strip();
            if (line.startsWith("tag:")) {
                selectors.add(value);
            } else if (line.startsWith("token:")) {
                for (String t : value.split(",")) {
                    tokens.add(t.strip().toLowerCase(Locale.ROOT));
                }
            } else {
                throw new IllegalStateException("html-noise.txt: line is neither 'tag:' nor 'token:': " + line);
            }
        }
        return new HtmlNoise(String.join(", ", selectors), Set.copyOf(tokens));
    }

    String selectors() {
        return selectors;
    }

    /** True when a word of the element's class or id names furniture ("share-bar", "ad_slot"). */
    boolean isFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String word : names.split("[\\s_-]+")) {
            if (tokens.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
