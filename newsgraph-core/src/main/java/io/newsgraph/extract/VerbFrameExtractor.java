package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verb and noun frames over the enhanced++ UD parse, driven by verb-frames.tsv. Handles active and
 * passive voice, subjects shared by coordinated verbs and controlled by "ask X to", relative
 * clauses (enhanced++ restores their subject), prepositional arguments ("spoke with X"), nouns
 * whose agent is a possessor or the subject of a light verb ("had talks with X", "Russia's
 * invasion of Ukraine"), and participle clauses that share the main clause's subject.
 */
public final class VerbFrameExtractor implements Extractor {
    static final String NAME = "verb-frame";
    // The rules, named by where the agent comes from; the name goes into each fact's evidence.
    static final String RULE_ACTIVE = NAME + "/subj-verb-obj";
    static final String RULE_PASSIVE = NAME + "/passive-by-agent";
    static final String RULE_NOUN = NAME + "/noun-frame";
    static final String RULE_INHERITED = NAME + "/inherited-subject";
    static final String RULE_COORDINATED = NAME + "/coordinated-subjects";
    static final String RULE_INVERSE = NAME + "/inverse-object";
    static final String RULE_BETWEEN = NAME + "/between-parties";
    /** Who an event can be aimed at: a product or an event is never the target of a demand or a threat. */
    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private final VerbLexicon lexicon = VerbLexicon.get();
    private final CameoEntries cameo = new CameoEntries();
    private final WordClasses words = WordClasses.get();
    private final Arguments arguments = new Arguments();
    private final FrameAgents frameAgents = new FrameAgents(arguments, words);
    private final FrameObjects frameObjects = new FrameObjects(arguments);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.LEMMA, Capability.DEPPARSE, Capability.MENTIONS, Capability.ANTECEDENTS, Capability.TITLES, Capability.HEADINGS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.FRAMES);
    }

    @Override
    public void extract(ArticleContext ctx) {
        ctx.forEachWord((s, g, w) -> {
            boolean noun = Graphs.isNoun(w);
            if (!noun && !Graphs.isVerb(w)) {
                return;
            }
            if (noun && (Graphs.hasChild(g, w, "aux") || Graphs.hasChild(g, w, "obj")) && !Graphs.hasChild(g, w, "cop")) {
                noun = false; // a verb the tagger read as a noun: "should sanction/NN X"
            }
            for (VerbLexicon.Entry e : entries(g, w, noun)) {
                frames(ctx, s, g, w, e);
            }
        });
    }

    private List<VerbLexicon.Entry> entries(SemanticGraph g, IndexedWord w, boolean noun) {
        String lemma = Graphs.lemma(w);
        if (!noun) {
            for (String rel : List.of("compound:prt", "xcomp")) {
                for (IndexedWord p : Graphs.children(g, w, rel)) {
                    List<VerbLexicon.Entry> phrasal = lexicon.lookup(lemma + "+" + Graphs.lemma(p), false);
                    if (!phrasal.isEmpty()) {
                        return phrasal;
                    }
                }
            }
        }
        List<VerbLexicon.Entry> plain = lexicon.lookup(lemma, noun);
        if (!noun) {
            // a CAMEO pattern the parse matches ("called on X") is more specific than the hand-made frame;
            // a verb the frames do not list takes the CAMEO dictionary's code
            Set<String> handled = new HashSet<>();
            plain.forEach(e -> e.objects().forEach(o -> handled.add(o.relation())));
            List<VerbLexicon.Entry> specific = cameo.lookup(g, w, true, handled);
            if (!specific.isEmpty() || plain.isEmpty()) {
                return EventParties.withoutLightVerbSenses(lexicon, g, w, specific.isEmpty() ? cameo.lookup(g, w, false) : specific);
            }
        }
        return plain.isEmpty() && noun ? lexicon.lookup(w.word(), true) : plain;
    }

    private void frames(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e) {
        if (ruledOut(g, w, e)) {
            return;
        }
        boolean stative = e.predicate() == Predicate.LOCATED_IN || e.predicate() == Predicate.LIVES_IN;
        boolean passive = !e.noun() && FrameAgents.isPassive(g, w);
        Agents agents = agents(ctx, s, g, w, e, passive && !stative);
        if (agents.found().isEmpty()) {
            if (e.noun()) {
                betweenParties(ctx, s, g, w, e, agents.confidence());
            }
            return;
        }
        Set<Integer> used = new HashSet<>();
        List<Mention> objects = frameObjects.objects(ctx, s, g, w, e, passive, stative, used);
        List<Mention> topics = frameObjects.topics(ctx, s, g, w, e, used);
        emit(ctx, s, w, e, agents, objects, topics, StatedDates.of(ctx, g, w));
    }

    /** Entries whose conditions the sentence does not meet. */
    private boolean ruledOut(SemanticGraph g, IndexedWord w, VerbLexicon.Entry e) {
        if (e.has("accusation-object") && Graphs.children(g, w, "obj").stream().noneMatch(o -> words.is("accusation-nouns", Graphs.lemma(o)))) {
            return true; // "denied charges by X": DENIED only when what is denied is an accusation
        }
        if (e.has("military-object") && Graphs.children(g, w, "obj").stream().noneMatch(o -> words.is("military-nouns", Graphs.lemma(o)))) {
            return true; // "massed troops on the border with X" is a show of force; "massed supporters" is not
        }
        return e.has("no-label") && (Graphs.hasChild(g, w, "xcomp") || (Graphs.hasChild(g, w, "iobj") && Graphs.hasChild(g, w, "obj")));
    }

    /** The frame's agents, the rule that found them and the confidence that rule earns. */
    private record Agents(List<Mention> found, String rule, double confidence) {
    }

    private Agents agents(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, boolean byAgent) {
        if (e.noun()) {
            return new Agents(frameAgents.ofNoun(ctx, s, g, w), RULE_NOUN, 0.75);
        }
        List<Mention> own = frameAgents.ofVerb(ctx, s, g, w, byAgent);
        if (!own.isEmpty()) {
            return new Agents(own, byAgent ? RULE_PASSIVE : RULE_ACTIVE, 0.85);
        }
        return new Agents(frameAgents.inherited(ctx, s, g, w, byAgent), RULE_INHERITED, 0.85 - 0.15);
    }

    private void emit(ArticleContext ctx, int s, IndexedWord w, VerbLexicon.Entry e, Agents agents, List<Mention> objects,
                      List<Mention> topics, String date) {
        double confidence = agents.confidence();
        if (objects.isEmpty() && topics.isEmpty() && EventParties.reciprocal(e.predicate(), Graphs.lemma(w), agents.found())) {
            // "Musk and Putin talked", "India and China clashed": every pair of the coordinated subjects.
            for (EventParties.Pair p : EventParties.pairs(agents.found(), e.predicate())) {
                add(ctx, RULE_COORDINATED, e, s, w, p.agent(), List.of(p.target()), List.of(), confidence, date);
            }
        } else if (e.has("inverse")) {
            // "Acme hired Laura Becker": the object is who works for the subject
            for (Mention o : objects) {
                add(ctx, RULE_INVERSE, e, s, w, o, agents.found(), List.of(), confidence, date);
            }
        } else {
            for (Mention agent : agents.found()) {
                add(ctx, agents.rule(), e, s, w, agent, objects, topics, confidence, date);
            }
        }
    }

    /** "talks between Serbia and Kosovo", "clashes between X and Y": the parties are each other's counterparts. */
    private void betweenParties(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, double confidence) {
        List<Mention> parties = frameAgents.resolveAll(ctx, s, g, Graphs.children(g, w, "nmod:between"));
        if (parties.size() > 1) {
            for (EventParties.Pair p : EventParties.pairs(parties, e.predicate())) {
                add(ctx, RULE_BETWEEN, e, s, w, p.agent(), List.of(p.target()), List.of(), confidence, StatedDates.of(ctx, g, w));
            }
        }
    }

    private void add(ArticleContext ctx, String rule, VerbLexicon.Entry e, int s, IndexedWord w, Mention written, List<Mention> objects,
                     List<Mention> topics, double confidence, String date) {
        Mention agent = EventParties.asParty(ctx, written, e.predicate(), true);
        if (!TypeRules.agentFits(e.predicate(), agent)) {
            ctx.trace().dropped(rule, s, e.predicate(), agent, objects, "the agent's type is not allowed for the predicate");
            return;
        }
        List<Mention> objs = objects.stream().map(o -> EventParties.asParty(ctx, o, e.predicate(), false)).filter(o -> !o.name().equals(agent.name()))
                .filter(o -> TypeRules.objectFits(e.predicate(), o))
                .filter(o -> !e.has("actor-objects") || ACTOR_TYPES.contains(o.type())).distinct().toList();
        List<Mention> tops = topics.stream().filter(o -> !o.name().equals(agent.name()))
                .filter(t -> objs.stream().noneMatch(o -> o.name().equals(t.name()))).distinct().toList();
        if (objs.isEmpty() && tops.isEmpty()) {
            ctx.trace().dropped(rule, s, e.predicate(), agent, objects, objects.isEmpty() && topics.isEmpty()
                    ? "no named object or topic" : "no object or topic of a type the predicate allows");
            return;
        }
        if (objs.isEmpty() && e.has("needs-object")) {
            ctx.trace().dropped(rule, s, e.predicate(), agent, objects, "the frame needs an object and has only topics");
            return;
        }
        Frame f = Frame.of(rule, e.predicate(), s, w.index() - 1, agent, objs, tops, confidence).withCameo(e.cameo());
        ctx.addFrame(date == null ? f : f.withMarks(f.polarity(), f.modality(), null, date, confidence));
    }
}
