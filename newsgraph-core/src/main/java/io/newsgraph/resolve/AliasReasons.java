package io.newsgraph.resolve;

import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Why an entity has the aliases and the label it has, from its members, the links resolution made
 * between their names and the type rules the articles recorded. Everything here depends only on
 * the group, never on the order its members arrive in, so a resolver that gathers a group from
 * many machines (the Spark job) writes the same reasons as the one-machine resolver.
 */
final class AliasReasons {
    /** The label came from the majority of NER's tags for the entity's names, no rule of the text decided it. */
    static final String NER_MAJORITY = "ner-majority";
    /** Two groups of names that came out with the same id (the same name up to punctuation the id drops). */
    static final String SAME_ID = "same id";
    /** Rules of {@code TypeEvidence} in extract, strongest first (its ranks); an unknown rule ranks last. */
    private static final List<String> RULES_BY_STRENGTH = List.of("gazetteer", "armed-group", "legal-form", "apposition",
            "place-head", "organisation-head", "descriptor", "verb", "list");

    private static final java.util.regex.Pattern QUOTED_NICKNAME = java.util.regex.Pattern.compile("\\s[\"\u201C]\\p{Lu}[^\"\u201D]*[\"\u201D]\\s");

    private AliasReasons() {
    }

    /**
     * One reason per alias other than {@code name}: the link that joined its name to the group
     * (nickname, short name, ...); "spelling variant" for the same name up to case, a leading "the"
     * or a possessive; "nickname" for the full name with a quoted nickname inside; "title" when the
     * text wrote a title or description around the name; "known name" when the text's name is
     * another name of what the gazetteer knows under {@code name}.
     */
    static List<AliasMerge> merges(List<ResolutionSteps.Member> ms, Collection<ResolutionSteps.NameLink> links, String rawName,
                                   String name) {
        Map<String, String> shown = shownNames(ms);
        String canonKey = EntityResolver.norm(rawName);
        List<ResolutionSteps.NameLink> sorted = links.stream().distinct().sorted(Comparator.comparing(ResolutionSteps.NameLink::from)
                .thenComparing(ResolutionSteps.NameLink::reason).thenComparing(ResolutionSteps.NameLink::to)).toList();
        Map<String, AliasMerge> byAlias = new TreeMap<>();
        TreeSet<String> seen = new TreeSet<>();
        for (ResolutionSteps.Member m : ms) {
            if (!m.synthetic() && !m.text().equals(name)) {
                seen.add(m.text() + "\u0000" + m.name());
            }
        }
        for (String s : seen) {
            String[] p = s.split("\u0000", -1);
            byAlias.putIfAbsent(p[0], reason(p[0], p[1], canonKey, rawName, name, sorted, shown));
        }
        return new ArrayList<>(byAlias.values());
    }

    private static AliasMerge reason(String text, String memberName, String canonKey, String rawName, String name,
                                     List<ResolutionSteps.NameLink> links, Map<String, String> shown) {
        String key = EntityResolver.norm(memberName);
        if (!key.equals(canonKey)) {
            for (ResolutionSteps.NameLink l : links) {
                if (l.from().equals(key)) {
                    return new AliasMerge(text, l.reason(), shownOf(l.to(), canonKey, name, shown));
                }
            }
            for (ResolutionSteps.NameLink l : links) {
                if (l.to().equals(key)) {
                    return new AliasMerge(text, l.reason(), shownOf(l.from(), canonKey, name, shown));
                }
            }
            return new AliasMerge(text, SAME_ID, name);
        }
        if (!memberName.equals(rawName) || EntityResolver.norm(text).equals(key) && !text.equals(memberName)) {
            return new AliasMerge(text, "spelling variant", name); // "kestrel water board", "The Kestrel Water Board"
        }
        if (!text.equals(memberName)) {
            if (QUOTED_NICKNAME.matcher(text).find()) {
                return new AliasMerge(text, "nickname", name); // 'Thomas "Tommy" Reilly' for Thomas Reilly
            }
            return new AliasMerge(text, EntityResolver.norm(text).contains(key) ? "title" : "known name", name);
        }
        return new AliasMerge(text, "known name", name);
    }

    private static String shownOf(String key, String canonKey, String name, Map<String, String> shown) {
        return key.equals(canonKey) ? name : shown.getOrDefault(key, key);
    }

    /** Each key as the text writes it most often (a real name before a stand-in, then alphabetical). */
    private static Map<String, String> shownNames(List<ResolutionSteps.Member> ms) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (ResolutionSteps.Member m : ms) {
            counts.computeIfAbsent(EntityResolver.norm(m.name()), k -> new TreeMap<>()).merge(m.name(), m.synthetic() ? 1 : 1000, Integer::sum);
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, c.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey()));
        return out;
    }

    /** The strongest rule an article recorded for a member tagged with the entity's label; {@link #NER_MAJORITY} when none did. */
    static String typeRule(List<ResolutionSteps.Member> ms, EntityType label) {
        String best = null;
        for (ResolutionSteps.Member m : ms) {
            if (m.typeRule() != null && m.tagged() == label && (best == null || stronger(m.typeRule(), best))) {
                best = m.typeRule();
            }
        }
        return best == null ? NER_MAJORITY : best;
    }

    /** The aliases and rule of two groups with one id: {@code later}'s reasons win, {@code earlier}'s name joins as "same id". */
    static Entity merged(Entity earlier, Entity later, Entity joined) {
        Map<String, AliasMerge> byAlias = new TreeMap<>();
        earlier.merges().forEach(m -> byAlias.put(m.alias(), m));
        later.merges().forEach(m -> byAlias.put(m.alias(), m));
        if (!earlier.name().equals(later.name())) {
            byAlias.put(earlier.name(), new AliasMerge(earlier.name(), SAME_ID, later.name()));
        }
        byAlias.remove(later.name());
        String rule = later.typeRule();
        if (earlier.label() == later.label() && earlier.typeRule() != null && (rule == null || stronger(earlier.typeRule(), rule))) {
            rule = earlier.typeRule();
        }
        return joined.withReasons(new ArrayList<>(byAlias.values()), rule);
    }

    private static boolean stronger(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? ra < rb : a.compareTo(b) < 0;
    }

    private static int rank(String rule) {
        int i = RULES_BY_STRENGTH.indexOf(rule);
        return i < 0 ? (NER_MAJORITY.equals(rule) ? Integer.MAX_VALUE : RULES_BY_STRENGTH.size()) : i;
    }
}
