package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link EntityResolver}'s steps one at a time, for a resolver that cannot hold the whole corpus in
 * one place (the Spark job): what each mention votes, the links one article makes between its
 * names, which full names a lone short name could stand for, and the entity of a group of
 * mentions. Each step is the very code the one-machine resolver runs, so the two agree on ids.
 */
public final class ResolutionSteps {
    /** Two grouping keys ({@link #key}) for one thing, and why they were linked. */
    public record NameLink(String from, String to, String reason) implements Serializable {
    }

    /**
     * One mention as part of an entity: its article, its text, its name, whether it stands in for a
     * name, the type it was tagged with and the rule its article recorded for that type (or null).
     */
    public record Member(String article, String text, String name, boolean synthetic, EntityType tagged, String typeRule)
            implements Serializable {
    }

    private ResolutionSteps() {
    }

    /** The key mentions are grouped by: the case-folded name without "the" and a possessive ending. */
    public static String key(String name) {
        return EntityResolver.norm(name);
    }

    /** The type most mentions of one key were tagged with; a tie goes to the type declared first. */
    public static EntityType majority(Map<EntityType, Integer> votes) {
        return EntityResolver.majority(new EnumMap<>(votes));
    }

    /** The type the gazetteer gives this name whatever the votes (an organisation or a country), or null. */
    public static EntityType gazetteerType(String name) {
        return EntityResolver.gazetteerType(name);
    }

    /**
     * An article's own alias links (particles, nicknames, initials, bracketed acronyms) between
     * names of the same voted type; {@code typeOfKey} must hold the type of every name in the article.
     */
    public static List<NameLink> aliasLinks(ArticleExtraction doc, Map<String, EntityType> typeOfKey) {
        List<NameLink> out = new ArrayList<>();
        for (AliasLinks.Link l : AliasLinks.of(doc, typeOfKey)) {
            if (typeOfKey.get(l.from()) == typeOfKey.get(l.to())) {
                out.add(new NameLink(l.from(), l.to(), l.reason()));
            }
        }
        return out;
    }

    /**
     * An article's short names linked to a full name in the same article, and a person's fuller
     * spellings to each other. {@code componentOf} gives the group each key is in so far (from
     * links found elsewhere); links made here join groups as they are made, as on one machine.
     * {@code typeOfKey} must be a mutable copy: a lone company name read as a person is retyped in it.
     */
    public static List<NameLink> articleNameLinks(ArticleExtraction doc, Map<String, EntityType> typeOfKey,
                                                  Map<String, String> componentOf) {
        Set<String> inArticle = new TreeSet<>();
        doc.mentions().forEach(m -> inArticle.add(key(m.name())));
        UnionFind<String> local = new UnionFind<>();
        for (String k : inArticle) {
            local.union(k, componentOf.getOrDefault(k, k));
        }
        List<NameLink> out = new ArrayList<>();
        ShortNames.linkArticleNames(inArticle, typeOfKey, List.of(), local::find, l -> {
            out.add(new NameLink(l.from(), l.to(), l.reason()));
            local.union(l.from(), l.to());
        });
        return out;
    }

    /** Whether a one-word name could stand for a name of several words of the given type ("Musk", "WSJ", "Journal"). */
    public static boolean shortNameFits(String shortKey, String fullKey, EntityType type) {
        return fullKey.contains(" ") && ShortNames.matchesShort(shortKey, fullKey, type);
    }

    /**
     * The one-word keys a name of several words could be found by ({@link #shortNameFits} holds
     * only for these): for a person, the first and last word; for an organisation, its initials,
     * its last word and its first word. Lets a resolver join short names to full names on equal keys.
     */
    public static Set<String> shortKeys(String fullKey, EntityType type) {
        Set<String> out = new TreeSet<>();
        String[] w = fullKey.split(" ");
        if (w.length < 2 || (type != EntityType.PERSON && type != EntityType.ORGANIZATION)) {
            return out;
        }
        out.add(w[0]);
        out.add(w[w.length - 1]);
        if (type == EntityType.ORGANIZATION) {
            StringBuilder initials = new StringBuilder();
            for (String word : w) {
                if (!ShortNames.SKIP_IN_ACRONYM.contains(word)) {
                    initials.append(word.charAt(0));
                }
            }
            out.add(initials.toString());
        }
        return out;
    }

    /** A mention as a member of its entity. */
    public static Member member(ArticleExtraction doc, Mention m) {
        return new Member(doc.article().id(), m.text(), m.name(), m.synthetic(), m.type(), doc.typeRules().get(m.name()));
    }

    /**
     * The entity of one group of mentions, with the reason of each alias and its type rule;
     * {@code typeOfKey} must hold the type of every member's key, {@code links} the links made
     * between the group's keys (others are ignored; duplicates and order do not matter).
     */
    public static Entity entity(List<Member> members, Map<String, EntityType> typeOfKey, Collection<NameLink> links) {
        return EntityOfMentions.entityOf(members, typeOfKey, links);
    }

    /** Two groups that came out with the same id: one entity, {@code later}'s name and type (later in key order). */
    public static Entity merged(Entity earlier, Entity later) {
        return EntityOfMentions.merged(earlier, later);
    }
}
