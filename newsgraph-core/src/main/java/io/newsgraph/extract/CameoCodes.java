package io.newsgraph.extract;

import io.newsgraph.model.Predicate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * events/cameo-predicates.tsv: which core predicate a CAMEO event code stands for, and the names of
 * the codes. The most specific listed code wins ("186" over "18"); a code with "-" gives no event.
 */
public final class CameoCodes {
    private static final CameoCodes DEFAULT = new CameoCodes("/io/newsgraph/extract/events/cameo-predicates.tsv");

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Optional<Predicate>> predicates = new HashMap<>();
    private final Map<Predicate, Set<String>> roots = new HashMap<>();

    CameoCodes(String resource) {
        for (String[] row : Resources.rows(resource, 3)) {
            String code = row[0].trim();
            names.put(code, row[1].trim());
            String p = row[2].trim();
            predicates.put(code, p.equals("-") ? Optional.empty() : Optional.of(Predicate.parse(p)));
            predicates.get(code).ifPresent(pr -> roots.computeIfAbsent(pr, k -> new TreeSet<>()).add(code.substring(0, 2)));
        }
    }

    public static CameoCodes get() {
        return DEFAULT;
    }

    /** The predicate of the most specific listed code that {@code code} starts with; empty for none or "-". */
    public Optional<Predicate> predicate(String code) {
        for (int n = code.length(); n >= 2; n--) {
            Optional<Predicate> p = predicates.get(code.substring(0, n));
            if (p != null) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The CAMEO root (two digits) of a predicate when the table maps it from one root only (REFUSED: 12,
     * PRAISED: 05 by 051); null when rows of several roots give it (THREATENED: 13 and 15) or none does.
     */
    public String root(Predicate p) {
        Set<String> r = roots.getOrDefault(p, Set.of());
        return r.size() == 1 ? r.iterator().next() : null;
    }

    /** "13 threaten": a code with its CAMEO name, or the code alone when it is not listed. */
    public String label(String code) {
        String name = names.get(code);
        return name == null ? code : code + " " + name;
    }
}
