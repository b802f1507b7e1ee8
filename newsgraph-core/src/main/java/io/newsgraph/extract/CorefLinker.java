package io.newsgraph.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CorefLinker.class);
    private static final Set<String> MALE = PronounAntecedents.MALE;
    private static final Set<String> FEMALE = PronounAntecedents.FEMALE;
    private static final Set<String> NEUTER = PronounAntecedents.NEUTER;
    private static final Set<String> PLURAL = WordClasses.get().words("plural-pronouns");

    @Override
    public String name() {
        return "coref-links";
    }

    /**
     * Not COREF: without the coref annotator ({@code -Dnewsgraph.coref=none}) the document has no
     * chains, and this linker sets the antecedents from the project's own rules ({@link OwnAntecedents}).
     */
    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.DEPPARSE, Capability.MENTIONS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.COREF_LINKS);
    }

    @Override
    public void extract(ArticleContext ctx) {
        Map<Integer, CorefChain> chains = ctx.annotated().doc().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            // coreference did not run on this document: the project's own rules alone
            ctx.setAntecedents(PronounAntecedents.resolve(ctx, OwnAntecedents.link(ctx)));
            return;
        }
        Map<CorefChain.CorefMention, Mention> named = new HashMap<>();
        Map<String, Mention> links = new HashMap<>();
        // One sorted snapshot for the whole pass (this linker adds no mentions): sorting per coref
        // mention made long articles quadratic.
        List<Mention> all = ctx.mentions();
        List<Mention> people = all.stream().filter(m -> m.type() == EntityType.PERSON && !m.synthetic()).toList();
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
                Mention chosen = antecedentInChain(ctx, ms, i, named, all, people, distinctPeople);
                if (chosen != null) {
                    LOG.debug("coref {} s{} '{}' -> {}", ctx.article().id(), cm.sentNum - 1, cm.mentionSpan, chosen.name());
                    links.put((cm.sentNum - 1) + ":" + (cm.headIndex - 1), chosen);
                }
            }
        }
        ctx.setCorefLinks(links);
        ctx.setAntecedents(PronounAntecedents.resolve(ctx, asAntecedents(links)));
    }

    /** The chain links as antecedents named by the rule "coref-chain". */
    static Map<String, Antecedent> asAntecedents(Map<String, Mention> links) {
        Map<String, Antecedent> out = new HashMap<>();
        links.forEach((k, m) -> out.put(k, new Antecedent(m, "coref-chain")));
        return out;
    }

    /** The named mention before chain mention i that it refers to, if one passes the checks; else null. */
    private static Mention antecedentInChain(ArticleContext ctx, List<CorefChain.CorefMention> ms, int i,
                                             Map<CorefChain.CorefMention, Mention> named, List<Mention> all,
                                             List<Mention> people, long distinctPeople) {
        CorefChain.CorefMention cm = ms.get(i);
        String head = cm.mentionSpan.toLowerCase(Locale.ROOT);
        Mention chosen = null;
        for (int j = i - 1; j >= 0 && chosen == null; j--) {
            Mention cand = named.get(ms.get(j));
            if (cand != null && compatible(cm, head, cand)) {
                chosen = cand;
            }
        }
        if (chosen == null) {
            return null;
        }
        boolean nominal = cm.mentionType == Dictionaries.MentionType.NOMINAL;
        if (nominal && chosen.type() != EntityType.PERSON) {
            // "the company": only the nearest organisation (or place) named before it
            Mention nearest = nearestBefore(all, chosen.type(), cm.sentNum - 1, cm.startIndex - 1);
            if (nearest == null || !nearest.name().equals(chosen.name())) {
                return null;
            }
        }
        if (nominal && chosen.type() == EntityType.PERSON && !nationalityFits(ctx, cm, chosen, all)) {
            return null;
        }
        if ((distinctPeople > 1 || nominal) && chosen.type() == EntityType.PERSON) {
            Mention local = head.equals("him") || head.equals("her") ? PronounAntecedents.localSubject(ctx, cm.sentNum - 1, cm.headIndex) : null;
            Mention nearest = nearestPersonBefore(people, cm.sentNum - 1, cm.startIndex - 1, local);
            if (nearest == null || !RoughName.surname(nearest).equals(RoughName.surname(chosen))) {
                return null;
            }
        }
        return chosen;
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

    /**
     * "the Russian leader" names a Russian: a description with a nationality links only to a
     * person the article introduces with that nationality or country just before the name
     * ("Russian President Vladimir Putin", "Russia's Vladimir Putin"). Coreference chains
     * otherwise join such a description to whoever was talked about nearby.
     */
    private static boolean nationalityFits(ArticleContext ctx, CorefChain.CorefMention cm, Mention chosen, List<Mention> all) {
        List<CoreLabel> toks = ctx.tokens(cm.sentNum - 1);
        String country = null;
        Set<String> forms = new HashSet<>();
        for (int i = cm.startIndex - 1; i < Math.min(toks.size(), cm.endIndex - 1); i++) {
            String word = toks.get(i).word();
            Optional<String> c = ctx.countryOfDemonym(word);
            if (c.isPresent()) {
                country = c.get();
                forms.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (country == null) {
            return true;
        }
        forms.add(country.toLowerCase(Locale.ROOT));
        String surname = RoughName.surname(chosen);
        for (Mention m : all) {
            if (m.type() != EntityType.PERSON || m.synthetic() || !RoughName.surname(m).equals(surname)) {
                continue;
            }
            List<CoreLabel> before = ctx.tokens(m.sentence());
            for (int i = Math.max(0, m.begin() - 3); i < m.begin(); i++) {
                if (forms.contains(before.get(i).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Mention nearestBefore(List<Mention> all, EntityType type, int sentence, int token) {
        Mention best = null;
        for (Mention m : all) {
            if (m.type() == type && !m.synthetic() && (m.sentence() < sentence || (m.sentence() == sentence && m.end() <= token))) {
                best = m;
            }
        }
        return best;
    }

    private static Mention nearestPersonBefore(List<Mention> people, int sentence, int token, Mention exclude) {
        Mention best = null;
        for (Mention m : people) {
            if (exclude != null && m.name().equals(exclude.name())) {
                continue;
            }
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
