package io.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Armed non-state groups by every name they go by, from events/armed-groups.tsv
 * ({@code io.newsgraph.eval.ArmedGroupConverter}, after PETRARCH2's militant actor dictionary).
 * NER reads many of them as people ("Boko Haram", "Ansar Dine"); a name found here is an
 * organisation. Names match whatever their case, hyphens and a leading "the": "al-Shabaab",
 * "Al Shabaab" and "the Shabaab" are one group.
 */
public final class ArmedGroups {
    private static final ArmedGroups DEFAULT = new ArmedGroups();

    /** The group's name under each of its names, by key. */
    private final Map<String, String> byKey = new HashMap<>();

    private ArmedGroups() {
        for (String[] row : Resources.rows("/io/newsgraph/extract/events/armed-groups.tsv", 3)) {
            String name = row[0].strip();
            byKey.putIfAbsent(key(name), name);
            for (String other : row[1].split(",")) {
                if (!other.isBlank()) {
                    byKey.putIfAbsent(key(other), name);
                }
            }
        }
    }

    public static ArmedGroups get() {
        return DEFAULT;
    }

    /** The group a name as written stands for ("Al Shabab" -> "Al-Shabaab"), if it is one. */
    public Optional<String> group(String written) {
        return written == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(written)));
    }

    int size() {
        return byKey.size();
    }

    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[\\-_'\u2019]", " ").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
