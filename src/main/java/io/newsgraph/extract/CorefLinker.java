package io.newsgraph.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
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
                boolean nominal = cm.mentionType == Dictionaries.MentionType.NOMINAL;
                if (nominal && chosen.type() != EntityType.PERSON) {
                    // "the company": only the nearest organisation (or place) named before it
                    Mention nearest = nearestBefore(all, chosen.type(), cm.sentNum - 1, cm.startIndex - 1);
                    if (nearest == null || !nearest.name().equals(chosen.name())) {
                        continue;
                    }
                }
                if (nominal && chosen.type() == EntityType.PERSON && !nationalityFits(ctx, cm, chosen, all)) {
                    continue;
                }
                if ((distinctPeople > 1 || nominal) && chosen.type() == EntityType.PERSON) {
                    Mention local = head.equals("him") || head.equals("her") ? localSubject(ctx, cm.sentNum - 1, cm.headIndex) : null;
                    Mention nearest = nearestPersonBefore(people, cm.sentNum - 1, cm.startIndex - 1, local);
                    if (nearest == null || !RoughName.surname(nearest).equals(RoughName.surname(chosen))) {
                        continue;
                    }
                }
                LOG.debug("coref {} s{} '{}' -> {}", ctx.article().id(), cm.sentNum - 1, cm.mentionSpan, chosen.name());
                links.put((cm.sentNum - 1) + ":" + (cm.headIndex - 1), chosen);
            }
        }
        Map<String, Optional<Mention>> memo = new HashMap<>();
        // Resolved lazily: the syntactic rule reads title holders that later extractors record.
        ctx.setAntecedents((s, t) -> memo.computeIfAbsent(s + ":" + t, k -> {
            String word = ctx.tokens(s).get(t).word().toLowerCase(Locale.ROOT);
            if (NEUTER.contains(word)) {
                Mention syn = clauseSubject(ctx, s, t + 1, word, links, m -> m.type() != EntityType.PERSON);
                if (syn != null) {
                    return Optional.of(syn);
                }
            }
            if (MALE.contains(word) || FEMALE.contains(word)) {
                Mention syn = clauseSubject(ctx, s, t + 1, word, links, m -> m.type() == EntityType.PERSON);
                if (syn != null) {
                    LOG.debug("syntax {} s{} '{}' -> {}", ctx.article().id(), s, word, syn.name());
                    return Optional.of(syn);
                }
                Mention prev = s > 0 ? previousSubject(ctx, s - 1) : null;
                Mention local = isSubject(ctx, s, t) ? null : localSubject(ctx, s, t + 1);
                if (prev != null && (local == null || !local.name().equals(prev.name()))) {
                    return Optional.of(prev); // a new sentence's "he"/"him" continues the last sentence's subject
                }
            }
            return Optional.ofNullable(links.get(k));
        }));
    }

    /**
     * The person a "he/his/him" most likely means inside its own sentence: the subject (or the
     * possessor of the subject) of the nearest clause above it. An object pronoun skips its own
     * clause's subject ("Biden called him ..." is not Biden). Null when the sentence names no such person.
     */
    static Mention clauseSubject(ArticleContext ctx, int s, int index, String pronoun, Map<String, Mention> chainLinks,
                                 java.util.function.Predicate<Mention> accept) {
        SemanticGraph g = ctx.graph(s);
        if (g == null) {
            return null;
        }
        IndexedWord w = g.getNodeByIndexSafe(index);
        if (w == null) {
            return null;
        }
        boolean object = pronoun.equals("him") || (pronoun.equals("her") || pronoun.equals("it")) && !"PRP$".equals(w.tag())
                && g.incomingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"));
        IndexedWord cur = w;
        boolean skipLocal = object;
        for (int depth = 0; depth < 8; depth++) {
            SemanticGraphEdge up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(cur)) {
                if (!e.isExtra() && (up == null || e.getGovernor().index() < up.getGovernor().index())) {
                    up = e;
                }
            }
            if (up == null) {
                return null;
            }
            IndexedWord gov = up.getGovernor();
            String rel = up.getRelation().toString();
            if (rel.startsWith("conj")) {
                Mention m = possessorAt(ctx, s, g, gov, accept);
                if (m != null && !object) {
                    return m; // "Musk's relationship with Putin and his support": the parallel possessor
                }
            }
            boolean clause = gov.tag() != null && (gov.tag().startsWith("VB") || g.outgoingEdgeList(gov).stream().anyMatch(e -> e.getRelation().toString().equals("cop")));
            if (rel.equals("xcomp") && io.newsgraph.extract.VerbFrameExtractor.OBJECT_CONTROL.contains(lemmaOf(gov))) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
                    if (e.getRelation().toString().equals("obj")) {
                        Mention m = personAt(ctx, s, g, e.getDependent(), accept);
                        if (m != null) {
                            return m; // "asked Musk to turn on his service": the controller
                        }
                    }
                }
            }
            if (clause) {
                boolean ownSubject = rel.startsWith("nsubj");
                if (!ownSubject && !(skipLocal && depth <= 1 + (rel.startsWith("obj") || rel.startsWith("iobj") ? 0 : 1))) {
                    for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
                        String r = e.getRelation().toString();
                        if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("nsubj:pass")) {
                            IndexedWord d = e.getDependent();
                            String dw = d.word().toLowerCase(Locale.ROOT);
                            Mention m = MALE.contains(dw) || FEMALE.contains(dw) || NEUTER.contains(dw)
                                    ? chainLinks.get(s + ":" + (d.index() - 1)) : personAt(ctx, s, g, d, accept);
                            m = m != null && accept.test(m) ? m : null;
                            if (m != null && e.getDependent().index() != index) {
                                return m;
                            }
                        }
                    }
                }
                skipLocal = false;
            }
            cur = gov;
        }
        return null;
    }

    private static String lemmaOf(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    private static boolean isSubject(ArticleContext ctx, int s, int t) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
        return w != null && g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** The one person who is a subject in the sentence, if exactly one is. */
    private static Mention previousSubject(ArticleContext ctx, int s) {
        SemanticGraph g = ctx.graph(s);
        if (g == null) {
            return null;
        }
        Mention found = null;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String r = e.getRelation().toString();
            if (r.equals("nsubj") || r.equals("nsubj:pass")) {
                Mention m = personAt(ctx, s, g, e.getDependent());
                if (m != null) {
                    if (found != null && !found.name().equals(m.name())) {
                        return null;
                    }
                    found = m;
                }
            }
        }
        return found;
    }

    private static Mention possessorAt(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, java.util.function.Predicate<Mention> accept) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                Mention p = ctx.mentionAt(s, e.getDependent().index() - 1);
                if (p != null && accept.test(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Mention personAt(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        return personAt(ctx, s, g, w, m -> m.type() == EntityType.PERSON);
    }

    /** The named mention a subject word stands for (itself, its possessor, or a title's holder), if accepted. */
    private static Mention personAt(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, java.util.function.Predicate<Mention> accept) {
        Mention m = ctx.mentionAt(s, w.index() - 1);
        if (m != null && accept.test(m)) {
            return m;
        }
        if (m == null && w.tag() != null && w.tag().startsWith("NN") && io.newsgraph.extract.TitleLexicon.get().isTitleWord(w.word())) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (e.getRelation().toString().equals("amod")) {
                    var country = Gazetteer.get().countryOfDemonym(e.getDependent().word());
                    if (country.isPresent()) {
                        // "the Russian leader": whoever the article named as leading Russia
                        var h = ctx.titleHolder("LEADS", country.get()).or(() -> ctx.titleHolder("DEMONYM", country.get()));
                        if (h.isPresent() && accept.test(h.get())) {
                            return h.get();
                        }
                    }
                }
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("nmod:poss")) {
                Mention p = ctx.mentionAt(s, e.getDependent().index() - 1);
                if (p != null && accept.test(p)) {
                    return p;
                }
            }
        }
        return null;
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

    /** The subject of the clause an object pronoun sits in: "Kowalski would criticize him" is not Kowalski. */
    private static Mention localSubject(ArticleContext ctx, int s, int index) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(index);
        if (w == null) {
            return null;
        }
        for (SemanticGraphEdge up : g.incomingEdgeList(w)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(up.getGovernor())) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    Mention m = ctx.mentionAt(s, e.getDependent().index() - 1);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        return null;
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
