package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Gazetteer;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Ids;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Merges mentions into one entity per real thing, within and across articles: one type per name
 * by majority vote (NER tags a person as an organisation now and then), short names to the full
 * name they shorten in the same article ("Musk" -> "Elon Musk", else a unique match in the corpus),
 * acronyms to the organisation whose initials they are ("WSJ"), a last word to its full name
 * ("the Journal"), and stable ids from the chosen name.
 */
public final class EntityResolver {
    static final Set<String> SKIP_IN_ACRONYM = ResolverWords.WORDS.words("acronym-skipped-words");
    private static final Set<String> CORPORATE = ResolverWords.WORDS.words("company-words");

    /**
     * The resolved entities and the entity of every mention; for the entities that joined several
     * names, why (entity id to reasons), and for those whose type a rule of the text decided, which
     * rule (entity id to rule, {@code TypeEvidence} in extract).
     */
    public record Resolution(List<Entity> entities, Map<String, Entity> byMention, Map<String, Set<String>> mergeReasons,
                             Map<String, String> typeRules) {
        public Entity of(ArticleExtraction doc, Mention m) {
            return byMention.get(doc.article().id() + "#" + m.key());
        }
    }

    public Resolution resolve(List<ArticleExtraction> docs) {
        Map<String, EntityType> typeOfName = voteTypes(docs);
        UnionFind<String> uf = new UnionFind<>();
        List<AliasLinks.Link> links = new ArrayList<>();
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                uf.add(norm(m.name()));
            }
        }
        List<String> multi = new ArrayList<>();
        for (String n : new TreeSet<>(uf.items())) {
            if (n.contains(" ")) {
                multi.add(n);
            }
        }
        for (ArticleExtraction d : docs) {
            // Nicknames, particles, initials and bracketed acronyms first: a surname shared by a name and its nickname form is not ambiguous.
            for (AliasLinks.Link l : AliasLinks.of(d, typeOfName)) {
                if (typeOfName.get(l.from()) == typeOfName.get(l.to())) {
                    links.add(l);
                    uf.union(l.from(), l.to());
                }
            }
        }
        for (ArticleExtraction d : docs) {
            Set<String> inArticle = new TreeSet<>();
            d.mentions().forEach(m -> inArticle.add(norm(m.name())));
            linkArticleNames(inArticle, typeOfName, multi, uf::find, l -> {
                links.add(l);
                uf.union(l.from(), l.to());
            });
        }
        return build(docs, uf, typeOfName, links);
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

    private Resolution build(List<ArticleExtraction> docs, UnionFind<String> uf, Map<String, EntityType> typeOfName,
                             List<AliasLinks.Link> links) {
        Map<String, List<ResolutionSteps.Member>> members = new TreeMap<>(); // root -> its mentions
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                members.computeIfAbsent(uf.find(norm(m.name())), k -> new ArrayList<>()).add(ResolutionSteps.member(d, m));
            }
        }
        Map<String, Entity> byRoot = new HashMap<>();
        Map<String, Entity> byId = new TreeMap<>();
        for (var e : members.entrySet()) {
            Entity ent = entityOf(e.getValue(), typeOfName);
            ent = byId.containsKey(ent.id()) ? merged(byId.get(ent.id()), ent) : ent;
            byId.put(ent.id(), ent);
            byRoot.put(e.getKey(), ent);
        }
        Map<String, Entity> byMention = new HashMap<>();
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                Entity ent = byRoot.get(uf.find(norm(m.name())));
                byMention.put(d.article().id() + "#" + m.key(), byId.get(ent.id()));
            }
        }
        Map<String, Set<String>> reasons = new TreeMap<>();
        for (AliasLinks.Link l : links) {
            reasons.computeIfAbsent(byId.get(byRoot.get(uf.find(l.from())).id()).id(), k -> new TreeSet<>()).add(l.reason());
        }
        Map<String, String> rules = new TreeMap<>();
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                String rule = d.typeRules().get(m.name());
                Entity ent = byMention.get(d.article().id() + "#" + m.key());
                if (rule != null && ent.label() == m.type()) {
                    rules.putIfAbsent(ent.id(), rule);
                }
            }
        }
        return new Resolution(new ArrayList<>(byId.values()), byMention, reasons, rules);
    }

    /** The entity of one group of mentions: the type they vote for, the fullest name, and the id from both. */
    static Entity entityOf(List<ResolutionSteps.Member> ms, Map<String, EntityType> typeOfName) {
        EnumMap<EntityType, Integer> tv = new EnumMap<>(EntityType.class);
        for (ResolutionSteps.Member m : ms) {
            tv.merge(typeOfName.get(norm(m.name())), m.synthetic() ? 1 : 2, Integer::sum);
        }
        EntityType type = tv.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        String name = canonicalName(ms).replaceFirst("(?i)^the\\s+", "");
        name = Gazetteer.get().organisation(name).orElse(name);
        Set<String> aliases = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        int count = 0;
        for (ResolutionSteps.Member m : ms) {
            articles.add(m.article());
            if (!m.synthetic()) {
                aliases.add(m.text());
                count++;
            }
        }
        aliases.add(name);
        return new Entity(Ids.entityId(type, name), name, type, new ArrayList<>(aliases), count, new ArrayList<>(articles));
    }

    /** Two groups that came out with the same id are one entity: {@code later}'s name and type, both groups' aliases, articles and mentions. */
    static Entity merged(Entity earlier, Entity later) {
        Set<String> aliases = new TreeSet<>(later.aliases());
        aliases.addAll(earlier.aliases());
        Set<String> articles = new TreeSet<>(later.articles());
        articles.addAll(earlier.articles());
        return new Entity(later.id(), later.name(), later.label(), new ArrayList<>(aliases), later.mentions() + earlier.mentions(),
                new ArrayList<>(articles));
    }

    /** The fullest name: most words, a spelled-out first name over an initial, then most frequent, then alphabetical; real names before stand-ins. */
    private static String canonicalName(List<ResolutionSteps.Member> ms) {
        Map<String, Integer> freq = new TreeMap<>();
        boolean anyReal = ms.stream().anyMatch(m -> !m.synthetic());
        for (ResolutionSteps.Member m : ms) {
            if (!anyReal || !m.synthetic()) {
                freq.merge(m.name(), 1, Integer::sum);
            }
        }
        String best = null;
        for (var f : freq.entrySet()) {
            if (best == null) {
                best = f.getKey();
                continue;
            }
            int wa = words(f.getKey());
            int wb = words(best);
            boolean spelledOut = wa == wb && initialFirst(best) && !initialFirst(f.getKey()); // "Maren Holt" over "M. Holt"
            if (wa > wb || spelledOut || (wa == wb && initialFirst(best) == initialFirst(f.getKey()) && f.getValue() > freq.get(best))) {
                best = f.getKey();
            }
        }
        return best;
    }

    private static boolean initialFirst(String name) {
        return name.matches("\\p{L}\\.\\s.*");
    }

    private static int words(String s) {
        return s.split("\\s+").length;
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

    private static Map<String, EntityType> voteTypes(List<ArticleExtraction> docs) {
        Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                votes.computeIfAbsent(norm(m.name()), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> out = new HashMap<>();
        for (var e : votes.entrySet()) {
            out.put(e.getKey(), majority(e.getValue()));
        }
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                EntityType known = gazetteerType(m.name());
                if (known != null) {
                    out.put(norm(m.name()), known);
                }
            }
        }
        return out;
    }

    /** The type most mentions of a name were tagged with; a tie goes to the type declared first. */
    static EntityType majority(EnumMap<EntityType, Integer> votes) {
        EntityType best = null;
        for (var v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) {
                best = v.getKey();
            }
        }
        return best;
    }

    /** An organisation or a country the gazetteer knows by this name overrules the votes; null when it knows neither. */
    static EntityType gazetteerType(String name) {
        Gazetteer gz = Gazetteer.get();
        if (gz.organisation(name).isPresent()) {
            return EntityType.ORGANIZATION;
        }
        return gz.country(name).isPresent() ? EntityType.LOCATION : null;
    }

    /** Case-folded name without "the" and a possessive ending; the key mentions are grouped by. */
    public static String norm(String name) {
        String n = name.replace('\u2019', '\'').replaceFirst("(?i)^the\\s+", "").replaceFirst("'s?$", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
