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

/**
 * Merges mentions into one entity per real thing, within and across articles: one type per name
 * by majority vote (NER tags a person as an organisation now and then), short names to the full
 * name they shorten in the same article ("Musk" -> "Elon Musk", else a unique match in the corpus),
 * acronyms to the organisation whose initials they are ("WSJ"), a last word to its full name
 * ("the Journal"), and stable ids from the chosen name.
 */
public final class EntityResolver {
    private static final Set<String> SKIP_IN_ACRONYM = ResolverWords.WORDS.words("acronym-skipped-words");
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
            for (String n : inArticle) {
                if (!n.contains(" ")) {
                    String target = shortNameTarget(n, typeOfName.get(n), inArticle, typeOfName, true, uf);
                    if (target == null && typeOfName.get(n) == EntityType.PERSON) {
                        // "Halvorsen said" after "Halvorsen Maritime": NER reads a lone company name as a surname
                        target = shortNameTarget(n, EntityType.ORGANIZATION, inArticle, typeOfName, true, uf);
                        if (target != null) {
                            typeOfName.put(n, EntityType.ORGANIZATION); // its votes must not make the company a person
                        }
                    }
                    if (target == null) {
                        target = shortNameTarget(n, typeOfName.get(n), multi, typeOfName, false, uf);
                    }
                    if (target != null) {
                        links.add(new AliasLinks.Link(n, target, "short name"));
                        uf.union(n, target);
                    }
                } else if (typeOfName.get(n) == EntityType.PERSON) {
                    // "Elon Reeve Musk" and "Elon Musk": same first and last name
                    String[] p = n.split(" ");
                    for (String o : inArticle) {
                        String[] q = o.split(" ");
                        if (!o.equals(n) && q.length > 1 && typeOfName.get(o) == EntityType.PERSON
                                && p[0].equals(q[0]) && p[p.length - 1].equals(q[q.length - 1])) {
                            links.add(new AliasLinks.Link(n, o, "same first and last name"));
                            uf.union(n, o);
                        }
                    }
                }
            }
        }
        return build(docs, uf, typeOfName, links);
    }

    private Resolution build(List<ArticleExtraction> docs, UnionFind<String> uf, Map<String, EntityType> typeOfName,
                             List<AliasLinks.Link> links) {
        Map<String, List<String[]>> members = new TreeMap<>(); // root -> [article, surface, name, synthetic]
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                members.computeIfAbsent(uf.find(norm(m.name())), k -> new ArrayList<>())
                        .add(new String[]{d.article().id(), m.text(), m.name(), String.valueOf(m.synthetic())});
            }
        }
        Map<String, Entity> byRoot = new HashMap<>();
        Map<String, Entity> byId = new TreeMap<>();
        for (var e : members.entrySet()) {
            List<String[]> ms = e.getValue();
            EnumMap<EntityType, Integer> tv = new EnumMap<>(EntityType.class);
            for (String[] m : ms) {
                tv.merge(typeOfName.get(norm(m[2])), Boolean.parseBoolean(m[3]) ? 1 : 2, Integer::sum);
            }
            EntityType type = tv.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
            String name = canonicalName(ms).replaceFirst("(?i)^the\\s+", "");
            name = Gazetteer.get().organisation(name).orElse(name);
            String id = Ids.entityId(type, name);
            Set<String> aliases = new TreeSet<>();
            Set<String> articles = new TreeSet<>();
            int count = 0;
            for (String[] m : ms) {
                articles.add(m[0]);
                if (!Boolean.parseBoolean(m[3])) {
                    aliases.add(m[1]);
                    count++;
                }
            }
            aliases.add(name);
            Entity prev = byId.get(id);
            if (prev != null) {
                aliases.addAll(prev.aliases());
                articles.addAll(prev.articles());
                count += prev.mentions();
            }
            Entity ent = new Entity(id, name, type, new ArrayList<>(aliases), count, new ArrayList<>(articles));
            byId.put(id, ent);
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

    /** The fullest name: most words, a spelled-out first name over an initial, then most frequent, then alphabetical; real names before stand-ins. */
    private static String canonicalName(List<String[]> ms) {
        Map<String, Integer> freq = new TreeMap<>();
        boolean anyReal = ms.stream().anyMatch(m -> !Boolean.parseBoolean(m[3]));
        for (String[] m : ms) {
            if (!anyReal || !Boolean.parseBoolean(m[3])) {
                freq.merge(m[2], 1, Integer::sum);
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
                                          boolean sameArticle, UnionFind<String> uf) {
        String found = null;
        for (String c : candidates) {
            if (!c.contains(" ") || types.get(c) != type) {
                continue;
            }
            if (matchesShort(shortName, c, type) || (sameArticle && firstWordOfTwo(shortName, c, type))) {
                if (found != null && !uf.find(found).equals(uf.find(c))) {
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

    private static boolean matchesShort(String shortName, String full, EntityType type) {
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
        Gazetteer gz = Gazetteer.get();
        for (var e : votes.entrySet()) {
            EntityType best = null;
            for (var v : e.getValue().entrySet()) {
                if (best == null || v.getValue() > e.getValue().get(best)) {
                    best = v.getKey();
                }
            }
            out.put(e.getKey(), best);
        }
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                if (gz.organisation(m.name()).isPresent()) {
                    out.put(norm(m.name()), EntityType.ORGANIZATION);
                } else if (gz.country(m.name()).isPresent()) {
                    out.put(norm(m.name()), EntityType.LOCATION);
                }
            }
        }
        return out;
    }

    /** Case-folded name without "the" and a possessive ending; the key mentions are grouped by. */
    static String norm(String name) {
        String n = name.replace('\u2019', '\'').replaceFirst("(?i)^the\\s+", "").replaceFirst("'s?$", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
