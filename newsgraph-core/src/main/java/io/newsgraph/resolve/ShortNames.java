package io.newsgraph.resolve;

import io.newsgraph.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Short names and the full names they stand for: a surname or first name for a person ("Musk"),
 * initials, a last word or a first word before a company word for an organisation ("WSJ", "the
 * Journal", "Halvorsen" for Halvorsen Maritime), and the same first and last name spelled with a
 * middle name. Ambiguous short names (two people share the surname) link to nothing.
 */
final class ShortNames {
    static final Set<String> SKIP_IN_ACRONYM = ResolverWords.WORDS.words("acronym-skipped-words");
    private static final Set<String> CORPORATE = ResolverWords.WORDS.words("company-words");

    private ShortNames() {
    }

    /**
     * One article's short names and fuller spellings of a person, linked to the name they stand for
     * ({@code link} is told each link at once and must apply it, so {@code root} sees it for the next
     * name). A short name is looked for among the article's own names first, then among the corpus's
     * names of several words ({@code multi}). A lone company name read as a person is retyped in
     * {@code typeOfName}.
     */
    static void linkArticleNames(Set<String> inArticle, Map<String, EntityType> typeOfName, List<String> multi,
                                 UnaryOperator<String> root, Consumer<AliasLinks.Link> link) {
        for (String n : inArticle) {
            if (!n.contains(" ")) {
                String target = shortNameTarget(n, typeOfName.get(n), inArticle, typeOfName, true, root);
                if (target == null && typeOfName.get(n) == EntityType.PERSON) {
                    // "Halvorsen said" after "Halvorsen Maritime": NER reads a lone company name as a surname
                    target = shortNameTarget(n, EntityType.ORGANIZATION, inArticle, typeOfName, true, root);
                    if (target != null) {
                        typeOfName.put(n, EntityType.ORGANIZATION); // its votes must not make the company a person
                    }
                }
                if (target == null) {
                    target = shortNameTarget(n, typeOfName.get(n), multi, typeOfName, false, root);
                }
                if (target != null) {
                    link.accept(new AliasLinks.Link(n, target, "short name"));
                }
            } else if (typeOfName.get(n) == EntityType.PERSON) {
                // "Elon Reeve Musk" and "Elon Musk": same first and last name
                String[] p = n.split(" ");
                for (String o : inArticle) {
                    String[] q = o.split(" ");
                    if (!o.equals(n) && q.length > 1 && typeOfName.get(o) == EntityType.PERSON
                            && p[0].equals(q[0]) && p[p.length - 1].equals(q[q.length - 1])) {
                        link.accept(new AliasLinks.Link(n, o, "same first and last name"));
                    }
                }
            }
        }
    }

    private static String shortNameTarget(String shortName, EntityType type, Iterable<String> candidates, Map<String, EntityType> types,
                                          boolean sameArticle, UnaryOperator<String> root) {
        String found = null;
        for (String c : candidates) {
            if (!c.contains(" ") || types.get(c) != type) {
                continue;
            }
            if (matchesShort(shortName, c, type) || (sameArticle && firstWordOfTwo(shortName, c, type))) {
                if (found != null && !root.apply(found).equals(root.apply(c))) {
                    return null; // ambiguous: two people share the surname
                }
                found = c;
            }
        }
        return found;
    }

    /** "Halvorsen" for "Halvorsen Maritime" in the article that named the company in full first. */
    private static boolean firstWordOfTwo(String shortName, String full, EntityType type) {
        String[] p = full.split(" ");
        return type == EntityType.ORGANIZATION && p.length == 2 && p[0].equals(shortName);
    }

    static boolean matchesShort(String shortName, String full, EntityType type) {
        String[] p = full.split(" ");
        if (type == EntityType.PERSON) {
            return p[p.length - 1].equals(shortName) || p[0].equals(shortName);
        }
        if (type == EntityType.ORGANIZATION) {
            StringBuilder initials = new StringBuilder();
            for (String w : p) {
                if (!SKIP_IN_ACRONYM.contains(w)) {
                    initials.append(w.charAt(0));
                }
            }
            boolean corporate = p.length == 2 && p[0].equals(shortName) && CORPORATE.contains(p[1]);
            return initials.toString().equals(shortName) || p[p.length - 1].equals(shortName) || corporate;
        }
        return false;
    }
}
