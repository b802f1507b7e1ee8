package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Gazetteer;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;

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
    /**
     * The resolved entities and the entity of every mention; for the entities that joined several
     * names, why (entity id to reasons), and for those whose type a rule of the text decided, which
     * rule (entity id to rule, {@code TypeEvidence} in extract). Each entity carries its own
     * reasons too ({@link Entity#merges()}, {@link Entity#typeRule()}), which is what the sinks write.
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
            ShortNames.linkArticleNames(inArticle, typeOfName, multi, uf::find, l -> {
                links.add(l);
                uf.union(l.from(), l.to());
            });
        }
        return build(docs, uf, typeOfName, links);
    }

    private Resolution build(List<ArticleExtraction> docs, UnionFind<String> uf, Map<String, EntityType> typeOfName,
                             List<AliasLinks.Link> links) {
        Map<String, List<ResolutionSteps.Member>> members = new TreeMap<>(); // root -> its mentions
        for (ArticleExtraction d : docs) {
            for (Mention m : d.mentions()) {
                members.computeIfAbsent(uf.find(norm(m.name())), k -> new ArrayList<>()).add(ResolutionSteps.member(d, m));
            }
        }
        Map<String, List<ResolutionSteps.NameLink>> linksOf = new HashMap<>(); // root -> the links between its keys
        for (AliasLinks.Link l : links) {
            linksOf.computeIfAbsent(uf.find(l.from()), k -> new ArrayList<>()).add(new ResolutionSteps.NameLink(l.from(), l.to(), l.reason()));
        }
        Map<String, Entity> byRoot = new HashMap<>();
        Map<String, Entity> byId = new TreeMap<>();
        for (var e : members.entrySet()) {
            Entity ent = EntityOfMentions.entityOf(e.getValue(), typeOfName, linksOf.getOrDefault(e.getKey(), List.of()));
            ent = byId.containsKey(ent.id()) ? EntityOfMentions.merged(byId.get(ent.id()), ent) : ent;
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
        for (Entity ent : byId.values()) {
            if (!AliasReasons.NER_MAJORITY.equals(ent.typeRule())) {
                rules.put(ent.id(), ent.typeRule());
            }
        }
        return new Resolution(new ArrayList<>(byId.values()), byMention, reasons, rules);
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
