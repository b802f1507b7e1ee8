package io.newsgraph.resolve;

import io.newsgraph.extract.Gazetteer;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Ids;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The entity one group of resolved mentions makes: its type by vote, its fullest name, its aliases and articles, its id. */
final class EntityOfMentions {
    private EntityOfMentions() {
    }

    /** The entity of one group of mentions: the type they vote for, the fullest name, and the id from both. */
    static Entity entityOf(List<ResolutionSteps.Member> ms, Map<String, EntityType> typeOfName,
                           java.util.Collection<ResolutionSteps.NameLink> links) {
        EnumMap<EntityType, Integer> tv = new EnumMap<>(EntityType.class);
        for (ResolutionSteps.Member m : ms) {
            tv.merge(typeOfName.get(EntityResolver.norm(m.name())), m.synthetic() ? 1 : 2, Integer::sum);
        }
        EntityType type = tv.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
        String rawName = canonicalName(ms).replaceFirst("(?i)^the\\s+", "");
        String name = Gazetteer.get().organisation(rawName).orElse(rawName);
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
        return new Entity(Ids.entityId(type, name), name, type, new ArrayList<>(aliases), count, new ArrayList<>(articles),
                AliasReasons.merges(ms, links, rawName, name), AliasReasons.typeRule(ms, type));
    }

    /** Two groups that came out with the same id are one entity: {@code later}'s name and type, both groups' aliases, articles and mentions. */
    static Entity merged(Entity earlier, Entity later) {
        Set<String> aliases = new TreeSet<>(later.aliases());
        aliases.addAll(earlier.aliases());
        Set<String> articles = new TreeSet<>(later.articles());
        articles.addAll(earlier.articles());
        Entity joined = new Entity(later.id(), later.name(), later.label(), new ArrayList<>(aliases), later.mentions() + earlier.mentions(),
                new ArrayList<>(articles));
        return AliasReasons.merged(earlier, later, joined);
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
}
