package io.newsgraph.resolve;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import io.newsgraph.extract.ArticleContext;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links pronouns and descriptions ("he", "the billionaire") to named mentions through CoreNLP's
 * coreference chains, but only where the link passes sanity checks: "he"/"she" and animate
 * descriptions need a person, "it" a non-person; the antecedent must come before the mention; and
 * in a chain that mixes two named people (CoreNLP does this in stories about two men) the
 * antecedent must also be the nearest named person before the pronoun in the text.
 */
public final class CorefLinker implements Extractor {
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

    @Override
    public String name() {
        return "coref-links";
    }

    @Override
    public Set<String> requires() {
        return Set.of("coref", "mentions");
    }

    @Override
    public Set<String> provides() {
        return Set.of("antecedents");
    }

    @Override
    public void extract(ArticleContext ctx) {
        Map<CorefChain.CorefMention, Mention> named = new HashMap<>();
        Map<String, Mention> links = new HashMap<>();
        Map<Integer, CorefChain> chains = ctx.annotated().doc().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return;
        }
        List<Mention> people = ctx.mentions().stream().filter(m -> m.type() == EntityType.PERSON && !m.synthetic()).toList();
        for (CorefChain chain : chains.values()) {
            List<CorefChain.CorefMention> ms = new ArrayList<>(chain.getMentionsInTextualOrder());
            for (CorefChain.CorefMention cm : ms) {
                Mention m = ctx.mentionAt(cm.sentNum - 1, cm.headIndex - 1);
                if (m != null) {
                    named.put(cm, m);
                }
            }
            long distinctPeople = named.entrySet().stream().filter(e -> ms.contains(e.getKey()))
                    .map(e -> e.getValue()).filter(m -> m.type() == EntityType.PERSON).map(RoughName::surname).distinct().count();
            for (int i = 0; i < ms.size(); i++) {
                CorefChain.CorefMention cm = ms.get(i);
                if (named.containsKey(cm) || cm.mentionType == Dictionaries.MentionType.PROPER) {
                    continue;
                }
                String head = cm.mentionSpan.toLowerCase(Locale.ROOT);
                Mention chosen = null;
                for (int j = i - 1; j >= 0 && chosen == null; j--) {
                    Mention cand = named.get(ms.get(j));
                    if (cand != null && compatible(cm, head, cand)) {
                        chosen = cand;
                    }
                }
                if (chosen == null) {
                    continue;
                }
                if (distinctPeople > 1 && chosen.type() == EntityType.PERSON) {
                    Mention nearest = nearestPersonBefore(people, cm.sentNum - 1, cm.startIndex - 1);
                    if (nearest == null || !RoughName.surname(nearest).equals(RoughName.surname(chosen))) {
                        continue;
                    }
                }
                links.put((cm.sentNum - 1) + ":" + (cm.headIndex - 1), chosen);
            }
        }
        ctx.setAntecedents((s, t) -> Optional.ofNullable(links.get(s + ":" + t)));
    }

    private static boolean compatible(CorefChain.CorefMention cm, String span, Mention cand) {
        if (MALE.contains(span) || FEMALE.contains(span)) {
            return cand.type() == EntityType.PERSON;
        }
        if (NEUTER.contains(span)) {
            return cand.type() != EntityType.PERSON;
        }
        if (PLURAL.contains(span)) {
            return cand.type() == EntityType.ORGANIZATION || cand.type() == EntityType.LOCATION;
        }
        if (cm.mentionType == Dictionaries.MentionType.PRONOMINAL) {
            return false; // "I", "you", "we": the speaker or reader, not someone named earlier
        }
        if (cm.number == Dictionaries.Number.PLURAL) {
            return false;
        }
        boolean animate = cm.animacy == Dictionaries.Animacy.ANIMATE;
        return animate == (cand.type() == EntityType.PERSON);
    }

    private static Mention nearestPersonBefore(List<Mention> people, int sentence, int token) {
        Mention best = null;
        for (Mention m : people) {
            if (m.sentence() < sentence || (m.sentence() == sentence && m.end() <= token)) {
                best = m;
            }
        }
        return best;
    }

    /** The last word of a person's name, enough to tell two people of one chain apart. */
    static final class RoughName {
        private RoughName() {
        }

        static String surname(Mention m) {
            String[] parts = m.name().split("\\s+");
            return parts[parts.length - 1].toLowerCase(Locale.ROOT);
        }
    }
}
