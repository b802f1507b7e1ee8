package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
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
    private static final Set<String> INHERITING_MARKS = Set.of("by", "while", "after", "before", "when", "since", "in");
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "blame", "suspect");
    /** Who an event can be aimed at: a product or an event is never the target of a demand or a threat. */
    private static final Set<EntityType> ACTOR_TYPES = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    /** Verbs whose object, not subject, performs the controlled clause: "asked X to ...". */
    private final VerbLexicon lexicon = VerbLexicon.get();
    private final Arguments arguments = new Arguments();
    private final CameoEntries cameo = new CameoEntries();
    private final WordClasses words = WordClasses.get();

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
        boolean stative = e.predicate() == Predicate.LOCATED_IN || e.predicate() == Predicate.LIVES_IN;
        if (e.has("accusation-object") && Graphs.children(g, w, "obj").stream().noneMatch(o -> words.is("accusation-nouns", Graphs.lemma(o)))) {
            return; // "denied charges by X": DENIED only when what is denied is an accusation
        }
        if (e.has("no-label") && (Graphs.hasChild(g, w, "xcomp") || (Graphs.hasChild(g, w, "iobj") && Graphs.hasChild(g, w, "obj")))) {
            return;
        }
        boolean passive = !e.noun() && isPassive(g, w);
        double confidence = e.noun() ? 0.75 : 0.85;
        List<Mention> agents = e.noun() ? nounAgents(ctx, s, g, w) : verbAgents(ctx, s, g, w, passive && !stative);
        String rule = e.noun() ? RULE_NOUN : passive && !stative ? RULE_PASSIVE : RULE_ACTIVE;
        if (agents.isEmpty() && !e.noun()) {
            agents = inheritedAgents(ctx, s, g, w, passive && !stative);
            confidence -= 0.15;
            rule = RULE_INHERITED;
        }
        if (agents.isEmpty() && e.noun()) {
            betweenParties(ctx, s, g, w, e, confidence);
            return;
        }
        if (agents.isEmpty()) {
            return;
        }
        Set<Integer> used = new HashSet<>();
        List<Mention> objects = new ArrayList<>();
        for (VerbLexicon.Slot slot : e.objects()) {
            if (slot.fallback() && !objects.isEmpty()) {
                continue;
            }
            String rel = slot.relation();
            List<IndexedWord> heads = new ArrayList<>(path(g, w, rel));
            if (passive && !stative && rel.equals("obj")) {
                heads = new ArrayList<>(Graphs.children(g, w, "nsubj:pass"));
                SemanticGraphEdge up = Graphs.parentEdge(g, w);
                if (up != null && Graphs.rel(up).startsWith("acl") && !Graphs.rel(up).equals("acl:relcl")) {
                    heads.add(up.getGovernor());
                }
            }
            if (heads.isEmpty() && !passive && rel.equals("obj")) {
                SemanticGraphEdge up = Graphs.parentEdge(g, w);
                if (up != null && Graphs.rel(up).startsWith("conj") && Graphs.isVerb(up.getGovernor())) {
                    for (IndexedWord o : Graphs.children(g, up.getGovernor(), "obj")) {
                        if (o.index() > w.index()) {
                            heads.add(o); // "founded and runs X", "poisoned and killed X": the object after both verbs
                        }
                    }
                }
            }
            for (IndexedWord h : heads) {
                used.add(h.index());
                List<Mention> found = arguments.resolve(ctx, s, g, h);
                if (e.has("addressee-object")) {
                    // "ordered the Starlink disconnection": who is asked is the object itself, not a name modifying it
                    List<IndexedWord> modifiers = Graphs.children(g, h, "compound");
                    found = found.stream().filter(m -> modifiers.stream().noneMatch(c -> m.covers(c.index() - 1))).toList();
                }
                objects.addAll(found);
            }
        }
        if (e.noun() && objects.isEmpty()) {
            // "carried X's interview with Y" is often parsed with "with Y" on the verb: look there too
            SemanticGraphEdge up = Graphs.parentEdge(g, w);
            if (up != null && Graphs.rel(up).equals("obj")) {
                for (VerbLexicon.Slot slot : e.objects()) {
                    if (slot.relation().startsWith("nmod:")) {
                        for (IndexedWord h : Graphs.children(g, up.getGovernor(), "obl:" + slot.relation().substring(5))) {
                            used.add(h.index());
                            objects.addAll(arguments.resolve(ctx, s, g, h));
                        }
                    }
                }
            }
        }
        if (e.has("ccomp-subject")) {
            for (IndexedWord c : Graphs.children(g, w, "ccomp")) {
                for (IndexedWord subj : Graphs.children(g, c, "nsubj")) {
                    used.add(subj.index());
                    objects.addAll(arguments.resolve(ctx, s, g, subj));
                }
            }
        }
        List<Mention> topics = new ArrayList<>();
        for (String rel : e.topics()) {
            for (IndexedWord c : Graphs.children(g, w, rel)) {
                if (used.contains(c.index())) {
                    continue;
                }
                if (rel.equals("xcomp") || rel.equals("acl") || rel.equals("ccomp")) {
                    clauseArguments(ctx, s, g, c, used, topics, 0);
                } else {
                    topics.addAll(arguments.resolve(ctx, s, g, c));
                }
            }
        }
        String date = StatedDates.of(ctx, g, w);
        if (objects.isEmpty() && topics.isEmpty() && EventParties.reciprocal(e.predicate(), Graphs.lemma(w), agents)) {
            // "Musk and Putin talked", "India and China clashed": every pair of the coordinated subjects.
            for (EventParties.Pair p : EventParties.pairs(agents, e.predicate())) {
                add(ctx, RULE_COORDINATED, e, s, w, p.agent(), List.of(p.target()), List.of(), confidence, date);
            }
            return;
        }
        if (e.has("inverse")) {
            // "Acme hired Laura Becker": the object is who works for the subject
            for (Mention o : objects) {
                add(ctx, RULE_INVERSE, e, s, w, o, agents, List.of(), confidence, date);
            }
            return;
        }
        for (Mention agent : agents) {
            add(ctx, rule, e, s, w, agent, objects, topics, confidence, date);
        }
    }

    /** "talks between Serbia and Kosovo", "clashes between X and Y": the parties are each other's counterparts. */
    private void betweenParties(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, double confidence) {
        List<Mention> parties = resolveAll(ctx, s, g, Graphs.children(g, w, "nmod:between"));
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
        Frame f = Frame.of(rule, e.predicate(), s, w.index() - 1, agent, objs, tops, confidence).withCameo(e.cameo());
        ctx.addFrame(date == null ? f : f.withMarks(f.polarity(), f.modality(), null, date, confidence));
    }

    /** Children by relation, or along a path of relations: "obj>nmod:poss" is the possessor of the object. */
    private static List<IndexedWord> path(SemanticGraph g, IndexedWord w, String rel) {
        int step = rel.indexOf('>');
        if (step < 0) {
            return Graphs.children(g, w, rel);
        }
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord c : Graphs.children(g, w, rel.substring(0, step))) {
            out.addAll(path(g, c, rel.substring(step + 1)));
        }
        return out;
    }

    static boolean isPassive(SemanticGraph g, IndexedWord w) {
        if (Graphs.hasChild(g, w, "nsubj:pass") || Graphs.hasChild(g, w, "aux:pass") || Graphs.hasChild(g, w, "obl:agent")) {
            return true;
        }
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        return "VBN".equals(w.tag()) && up != null && Graphs.rel(up).startsWith("acl") && !Graphs.rel(up).equals("acl:relcl");
    }

    private List<Mention> resolveAll(ArticleContext ctx, int s, SemanticGraph g, List<IndexedWord> heads) {
        List<Mention> out = new ArrayList<>();
        for (IndexedWord h : heads) {
            for (Mention m : arguments.resolve(ctx, s, g, h)) {
                if (out.stream().noneMatch(o -> o.name().equals(m.name()))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private List<Mention> verbAgents(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, boolean passive) {
        if (passive) {
            return resolveAll(ctx, s, g, Graphs.children(g, w, "obl:agent"));
        }
        List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, w, "nsubj"));
        heads.addAll(Graphs.children(g, w, "nsubj:xsubj"));
        heads.addAll(Graphs.children(g, w, "nsubj:pass"));
        if (heads.isEmpty()) {
            SemanticGraphEdge up = Graphs.parentEdge(g, w);
            if (up != null && Graphs.rel(up).startsWith("acl") && !Graphs.rel(up).equals("acl:relcl") && "VBN".equals(w.tag())) {
                heads.add(up.getGovernor()); // "Acme, based in Berlin": the noun the participle describes
            }
        }
        return resolveAll(ctx, s, g, heads);
    }

    private List<Mention> nounAgents(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, w, "nmod:poss"));
        heads.addAll(Graphs.children(g, w, "nmod:from"));
        heads.addAll(Graphs.children(g, w, "nmod:by"));
        heads.addAll(Graphs.children(g, w, "nsubj"));
        heads.addAll(Graphs.children(g, w, "nsubj:xsubj"));
        for (IndexedWord c : Graphs.children(g, w, "compound")) {
            Mention m = ctx.mentionAt(s, c.index() - 1);
            if (m != null && !m.covers(w.index() - 1)) {
                heads.add(c);
            }
        }
        if (heads.isEmpty()) {
            SemanticGraphEdge up = Graphs.parentEdge(g, w);
            if (up != null && Graphs.rel(up).equals("obj") && Graphs.isVerb(up.getGovernor())) {
                // light verbs: "had talks with", "maintained contact with", "launched an attack on"
                heads.addAll(Graphs.children(g, up.getGovernor(), "nsubj"));
                heads.addAll(Graphs.children(g, up.getGovernor(), "nsubj:xsubj"));
            }
        }
        return resolveAll(ctx, s, g, heads);
    }

    /** Subjects a clause without its own subject takes from the clause or noun it hangs on. */
    private List<Mention> inheritedAgents(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, boolean passive) {
        if (passive) {
            return List.of();
        }
        List<Mention> found = inheritedFromGovernor(ctx, s, g, w);
        if (found.isEmpty()) {
            return ctx.headingSubject(s).map(List::of).orElse(List.of());
        }
        return found;
    }

    private List<Mention> inheritedFromGovernor(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        if (up == null) {
            return List.of();
        }
        String rel = Graphs.rel(up);
        IndexedWord gov = up.getGovernor();
        if (rel.equals("xcomp") && Graphs.isVerb(gov)) {
            String control = Graphs.OBJECT_CONTROL.contains(Graphs.lemma(gov)) ? "obj" : "nsubj";
            List<Mention> ctl = resolveAll(ctx, s, g, Graphs.children(g, gov, control));
            return ctl.isEmpty() && control.equals("nsubj") ? inheritedFromGovernor(ctx, s, g, gov) : ctl;
        }
        if (ACCUSING.contains(Graphs.lemma(gov)) && (rel.startsWith("advcl") || rel.startsWith("acl"))) {
            return resolveAll(ctx, s, g, Graphs.children(g, gov, "obj")); // "accused Russia of sending"
        }
        if ((rel.startsWith("advcl") || rel.equals("dep")) && "VBG".equals(w.tag())) {
            List<IndexedWord> marks = Graphs.children(g, w, "mark");
            boolean inherits = marks.isEmpty() || INHERITING_MARKS.contains(Graphs.lemma(marks.get(0)));
            if (inherits && Graphs.isVerb(gov)) {
                List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, gov, "nsubj"));
                heads.addAll(Graphs.children(g, gov, "nsubj:xsubj"));
                return resolveAll(ctx, s, g, heads);
            }
        }
        if (rel.startsWith("acl") && !rel.equals("acl:relcl") && Graphs.isNoun(gov)) {
            SemanticGraphEdge up2 = Graphs.parentEdge(g, gov);
            if (up2 != null && Graphs.rel(up2).equals("obj")) {
                // "took the step of blacklisting him": the subject of the light verb acts
                return resolveAll(ctx, s, g, Graphs.children(g, up2.getGovernor(), "nsubj"));
            }
        }
        return List.of();
    }

    private void clauseArguments(ArticleContext ctx, int s, SemanticGraph g, IndexedWord c, Set<Integer> used,
                                 List<Mention> out, int depth) {
        if (depth > 3) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(c)) {
            String r = Graphs.rel(e);
            IndexedWord d = e.getDependent();
            if (used.contains(d.index())) {
                continue;
            }
            if (r.equals("obj") || r.equals("iobj") || r.startsWith("obl")) {
                used.add(d.index());
                out.addAll(arguments.resolve(ctx, s, g, d));
            } else if (r.equals("xcomp") || r.startsWith("conj")) {
                clauseArguments(ctx, s, g, d, used, out, depth + 1);
            }
        }
    }
}
