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
import java.util.LinkedHashSet;
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
    private static final Set<String> SKIP_IN_ACRONYM = Set.of("of", "for", "the", "and", "on", "in", "&");
    private static final Set<String> CORPORATE = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "llc", "plc", "group", "corporation");

    /** The resolved entities and the entity of every mention. */
    public record Resolution(List<Entity> entities, Map<String, Entity> byMention) {
        public Entity of(ArticleExtraction doc, Mention m) {
            return byMention.get(doc.article().id() + "#" + m.key());
        }
    }

    public Resolution resolve(List<ArticleExtraction> docs) {
        Map<String, EntityType> typeOfName = voteTypes(docs);
        UnionFind<String> uf = new UnionFind<>();
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
            Set<String> inArticle = new TreeSet<>();
            d.mentions().forEach(m -> inArticle.add(norm(m.name())));
            for (String n : inArticle) {
                if (!n.contains(" ")) {
                    String target = shortNameTarget(n, typeOfName.get(n), inArticle, typeOfName, true);
                    if (target == null && typeOfName.get(n) == EntityType.PERSON) {
                        // "Halvorsen said" after "Halvorsen Maritime": NER reads a lone company name as a surname
                        target = shortNameTarget(n, EntityType.ORGANIZATION, inArticle, typeOfName, true);
                        if (target != null) {
                            typeOfName.put(n, EntityType.ORGANIZATION); // its votes must not make the company a person
                        }
                    }
                    if (target == null) {
                        target = shortNameTarget(n, typeOfName.get(n), multi, typeOfName, false);
                    }
                    if (target != null) {
                        uf.union(n, target);
                    }
                } else if (typeOfName.get(n) == EntityType.PERSON) {
                    // "Elon Reeve Musk" and "Elon Musk": same first and last name
                    String[] p = n.split(" ");
                    for (String o : inArticle) {
                        String[] q = o.split(" ");
                        if (!o.equals(n) && q.length > 1 && typeOfName.get(o) == EntityType.PERSON
                                && p[0].equals(q[0]) && p[p.length - 1].equals(q[q.length - 1])) {
                            uf.union(n, o);
                        }
                    }
                }
            }
        }
        return build(docs, uf, typeOfName);
    }

    private Resolution build(List<ArticleExtraction> docs, UnionFind<String> uf, Map<String, EntityType> typeOfName) {
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
        return new Resolution(new ArrayList<>(byId.values()), byMention);
    }

    /** The fullest name: most words, then most frequent, then alphabetical; real names before stand-ins. */
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
            if (wa > wb || (wa == wb && f.getValue() > freq.get(best))) {
                best = f.getKey();
            }
        }
        return best;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static String shortNameTarget(String shortName, EntityType type, Iterable<String> candidates, Map<String, EntityType> types,
                                          boolean sameArticle) {
        String found = null;
        for (String c : candidates) {
            if (!c.contains(" ") || types.get(c) != type) {
                continue;
            }
            if (matchesShort(shortName, c, type) || (sameArticle && firstWordOfTwo(shortName, c, type))) {
                if (found != null && !found.equals(c)) {
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

    /** Minimal union-find with deterministic roots (the alphabetically smallest member). */
    static final class UnionFind<T extends Comparable<T>> {
        private final Map<T, T> parent = new TreeMap<>();

        void add(T t) {
            parent.putIfAbsent(t, t);
        }

        Set<T> items() {
            return new LinkedHashSet<>(parent.keySet());
        }

        T find(T t) {
            add(t);
            T p = parent.get(t);
            if (p.equals(t)) {
                return t;
            }
            T r = find(p);
            parent.put(t, r);
            return r;
        }

        void union(T a, T b) {
            T ra = find(a);
            T rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
