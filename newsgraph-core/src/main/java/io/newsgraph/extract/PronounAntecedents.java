package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The syntactic rule for "he", "she", "it" and their forms, over the links coreference chains
 * gave ({@link CorefLinker}): the subject of the clause above the pronoun, else the last
 * sentence's one subject, else the chain's link. Computed for every token at once, at fixed
 * points in the chain: by {@link CorefLinker} before any title is known, and again by
 * {@link AntecedentLinker} once {@link RoleTitleExtractor} has recorded who holds which title
 * ("the Russian leader ... he"). Nothing is resolved on demand, so an answer does not depend on
 * which extractor asks first.
 */
final class PronounAntecedents {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PronounAntecedents.class);
    static final Set<String> MALE = WordClasses.get().words("male-pronouns");
    static final Set<String> FEMALE = WordClasses.get().words("female-pronouns");
    static final Set<String> NEUTER = WordClasses.get().words("neuter-pronouns");
    /** Rule names ({@link Antecedent#rule()}): the subject of the clause above the pronoun. */
    static final String CLAUSE_SUBJECT = "clause-subject";
    /** The one person who was the subject of the sentence before. */
    static final String PREVIOUS_SUBJECT = "previous-subject";

    private PronounAntecedents() {
    }

    /** The antecedent of every token that has one, keyed "sentence:token": the given links, overruled by the syntactic rule. */
    static Map<String, Antecedent> resolve(ArticleContext ctx, Map<String, Antecedent> links) {
        Map<String, Antecedent> out = new HashMap<>(links);
        NameGender genders = NameGender.of(ctx);
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            for (int t = 0; t < ctx.tokens(s).size(); t++) {
                String word = ctx.tokens(s).get(t).word().toLowerCase(Locale.ROOT);
                Antecedent syntactic = isPersonalPronoun(word) ? ofPronoun(ctx, s, t, word, links, genders) : null;
                if (syntactic != null) {
                    out.put(s + ":" + t, syntactic);
                }
            }
        }
        return out;
    }

    /** "he", "his", "she", "it", "its" and their forms: the words these rules resolve. */
    static boolean isPersonalPronoun(String lowerCaseWord) {
        return MALE.contains(lowerCaseWord) || FEMALE.contains(lowerCaseWord) || NEUTER.contains(lowerCaseWord);
    }

    /** What the syntax says a pronoun means, or null to keep the given link. */
    static Antecedent ofPronoun(ArticleContext ctx, int s, int t, String word, Map<String, Antecedent> links, NameGender genders) {
        if (NEUTER.contains(word)) {
            Mention m = clauseSubject(ctx, s, t + 1, word, links, x -> x.type() != EntityType.PERSON);
            return m == null ? null : new Antecedent(m, CLAUSE_SUBJECT);
        }
        Mention syn = clauseSubject(ctx, s, t + 1, word, links, m -> m.type() == EntityType.PERSON && genders.fits(m, word));
        if (syn != null) {
            LOG.debug("syntax {} s{} '{}' -> {}", ctx.article().id(), s, word, syn.name());
            return new Antecedent(syn, CLAUSE_SUBJECT);
        }
        Mention prev = s > 0 ? previousSubject(ctx, s - 1) : null;
        Mention local = isSubject(ctx, s, t) ? null : localSubject(ctx, s, t + 1);
        if (prev != null && genders.fits(prev, word) && (local == null || !local.name().equals(prev.name()))) {
            return new Antecedent(prev, PREVIOUS_SUBJECT); // a new sentence's "he"/"him" continues the last sentence's subject
        }
        return null;
    }

    /**
     * The person a "he/his/him" most likely means inside its own sentence: the subject (or the
     * possessor of the subject) of the nearest clause above it. An object pronoun skips its own
     * clause's subject ("Biden called him ..." is not Biden). Null when the sentence names no such person.
     */
    static Mention clauseSubject(ArticleContext ctx, int s, int index, String pronoun, Map<String, Antecedent> chainLinks,
                                 java.util.function.Predicate<Mention> accept) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(index);
        if (w == null) {
            return null;
        }
        boolean object = isObjectPronoun(g, w, pronoun);
        IndexedWord cur = w;
        boolean skipLocal = object;
        for (int depth = 0; depth < 8; depth++) {
            SemanticGraphEdge up = nearestGovernorEdge(g, cur);
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
            if (rel.equals("xcomp") && Graphs.OBJECT_CONTROL.contains(lemmaOf(gov))) {
                Mention controller = controllerOf(ctx, s, g, gov, accept);
                if (controller != null) {
                    return controller; // "asked Musk to turn on his service": the controller
                }
            }
            if (isClause(g, gov)) {
                boolean ownSubject = rel.startsWith("nsubj");
                // An object pronoun skips the subject of its own clause (one level further up for
                // a pronoun that is not the clause's direct object).
                int ownClauseDepth = 1 + (rel.startsWith("obj") || rel.startsWith("iobj") ? 0 : 1);
                if (!ownSubject && !(skipLocal && depth <= ownClauseDepth)) {
                    Mention subject = subjectOf(ctx, s, g, gov, index, chainLinks, accept);
                    if (subject != null) {
                        return subject;
                    }
                }
                skipLocal = false;
            }
            cur = gov;
        }
        return null;
    }

    /** "him", or an object "her"/"it" (not possessive, not a subject). */
    private static boolean isObjectPronoun(SemanticGraph g, IndexedWord w, String pronoun) {
        return pronoun.equals("him") || (pronoun.equals("her") || pronoun.equals("it")) && !"PRP$".equals(w.tag())
                && g.incomingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** The basic (not extra) incoming edge whose governor comes first in the sentence. */
    private static SemanticGraphEdge nearestGovernorEdge(SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge up = null;
        for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
            if (!e.isExtra() && (up == null || e.getGovernor().index() < up.getGovernor().index())) {
                up = e;
            }
        }
        return up;
    }

    private static boolean isClause(SemanticGraph g, IndexedWord gov) {
        return gov.tag() != null && (gov.tag().startsWith("VB")
                || g.outgoingEdgeList(gov).stream().anyMatch(e -> e.getRelation().toString().equals("cop")));
    }

    /** The person object of an object-control verb ("asked Musk to ..."). */
    private static Mention controllerOf(ArticleContext ctx, int s, SemanticGraph g, IndexedWord gov,
                                        java.util.function.Predicate<Mention> accept) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
            if (e.getRelation().toString().equals("obj")) {
                Mention m = personAt(ctx, s, g, e.getDependent(), accept);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The accepted subject of clause {@code gov}, other than the pronoun itself; a pronoun subject
     * stands for what its own coreference link points at.
     */
    private static Mention subjectOf(ArticleContext ctx, int s, SemanticGraph g, IndexedWord gov, int pronounIndex,
                                     Map<String, Antecedent> chainLinks, java.util.function.Predicate<Mention> accept) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
            String r = e.getRelation().toString();
            if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("nsubj:pass")) {
                IndexedWord d = e.getDependent();
                String dw = d.word().toLowerCase(Locale.ROOT);
                Antecedent linked = chainLinks.get(s + ":" + (d.index() - 1));
                Mention m = isPersonalPronoun(dw) ? null : personAt(ctx, s, g, d, accept);
                if (m == null && linked != null) {
                    m = linked.target(); // a pronoun or description subject stands for what it is linked to
                }
                m = m != null && accept.test(m) ? m : null;
                if (m != null && d.index() != pronounIndex) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String lemmaOf(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    static boolean isSubject(ArticleContext ctx, int s, int t) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
        return w != null && g.incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
    }

    /** The one person who is a subject in the sentence, if exactly one is. */
    private static Mention previousSubject(ArticleContext ctx, int s) {
        SemanticGraph g = ctx.graph(s);
        return g == null ? null : oneSubject(ctx, s, w -> personAt(ctx, s, g, w), (a, b) -> a.name().equals(b.name()));
    }

    /**
     * The one thing the subjects (nsubj, nsubj:pass) of sentence s stand for, as {@code read} reads
     * a subject word (null: none); null when two subjects stand for things that are not the same.
     */
    static Mention oneSubject(ArticleContext ctx, int s, java.util.function.Function<IndexedWord, Mention> read,
                              java.util.function.BiPredicate<Mention, Mention> same) {
        SemanticGraph g = ctx.graph(s);
        if (g == null) {
            return null;
        }
        Mention found = null;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String r = e.getRelation().toString();
            Mention m = r.equals("nsubj") || r.equals("nsubj:pass") ? read.apply(e.getDependent()) : null;
            if (m != null) {
                if (found != null && !same.test(found, m)) {
                    return null;
                }
                found = m;
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
        if (m == null && w.tag() != null && w.tag().startsWith("NN") && TitleLexicon.get().isTitleWord(w.word())) {
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

    /** The subject of the clause an object pronoun sits in: "Kowalski would criticize him" is not Kowalski. */
    static Mention localSubject(ArticleContext ctx, int s, int index) {
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
}
