package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks every frame with polarity, modality and attribution from the words around its anchor:
 * negators on the clause or on its subject/object ("did not", "never", "no warnings were issued");
 * modal auxiliaries, "if/unless/whether" clauses, wishes and demands, clauses under a verb of
 * intention, and imperatives (hypothetical, except the concessive "may be X, but ..."); reporting
 * verbs, "according to" and hedges such as "allegedly" (reported, with who reported it); a clause
 * under a verb of denial ("denied that ...") is reported and negated, the denier its source.
 */
public final class ModalityExtractor implements Extractor {
    static final String NAME = "modality";
    private static final Set<String> ACCUSING = WordClasses.get().words("accusation-verbs");

    private final WordClasses words = WordClasses.get();
    private final Arguments arguments = new Arguments();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.DEPPARSE, Capability.LEMMA, Capability.MENTIONS, Capability.ANTECEDENTS, Capability.TITLES, Capability.FRAMES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.MODALITY);
    }

    @Override
    public void extract(ArticleContext ctx) {
        List<Frame> marked = new ArrayList<>();
        for (Frame f : ctx.frames()) {
            marked.add(f.anchor() < 0 ? f : mark(ctx, f));
        }
        ctx.replaceFrames(sameEventAsVerb(ctx, marked));
    }

    /**
     * A noun event that is the object of a verb stating the same event ("pledged to send supplies to X":
     * PROVIDED at "send" and at "supplies") is that event: it takes the verb's marks.
     */
    private static List<Frame> sameEventAsVerb(ArticleContext ctx, List<Frame> frames) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            SemanticGraph g = f.anchor() < 0 ? null : ctx.graph(f.sentence());
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(f.anchor() + 1);
            SemanticGraphEdge up = w == null || !Graphs.isNoun(w) ? null : Graphs.parentEdge(g, w);
            Frame verb = up == null || !Graphs.rel(up).equals("obj") ? null : frames.stream()
                    .filter(v -> v.sentence() == f.sentence() && v.anchor() == up.getGovernor().index() - 1
                            && v.predicate() == f.predicate())
                    .findFirst().orElse(null);
            out.add(verb == null ? f : f.withMarks(verb.polarity(), verb.modality(), verb.attributedTo(), f.date(), f.confidence()));
        }
        return out;
    }

    /** What the words around a frame's anchor say of it, gathered while climbing from the anchor towards the root. */
    private static final class Marks {
        boolean negative;
        boolean hypothetical;
        boolean reported;
        String attributed;

        void reportedBy(String speaker) {
            reported = true;
            attributed = speaker;
        }
    }

    private Frame mark(ArticleContext ctx, Frame f) {
        SemanticGraph g = ctx.graph(f.sentence());
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(f.anchor() + 1);
        if (w == null) {
            return f;
        }
        Marks m = new Marks();
        m.negative = negated(g, w);
        m.hypothetical = modal(g, w);
        IndexedWord cur = w;
        for (int depth = 0; depth < 8 && cur != null; depth++) {
            onClause(ctx, f.sentence(), g, cur, m);
            cur = up(ctx, f.sentence(), g, cur, depth, m);
        }
        if (!m.reported) {
            accordingTo(ctx, f.sentence(), g, m);
        }
        Modality modality = m.hypothetical ? Modality.HYPOTHETICAL : m.reported ? Modality.REPORTED : Modality.ASSERTED;
        double conf = f.confidence() * (m.hypothetical ? 0.85 : m.reported ? 0.9 : 1.0);
        return f.withMarks(m.negative ? Polarity.NEGATIVE : Polarity.POSITIVE, modality, m.attributed, f.date(), conf);
    }

    /** Marks on the clause itself: "if", an imperative, a hedge ("allegedly"), a parenthetical "he said". */
    private void onClause(ArticleContext ctx, int s, SemanticGraph g, IndexedWord cur, Marks m) {
        if (hasMark(g, cur, "hypothetical-marks") || imperative(g, cur)) {
            m.hypothetical = true;
        }
        for (IndexedWord h : Graphs.children(g, cur, "advmod")) {
            if (words.is("hedge-adverbs", h.word())) {
                m.reported = true;
            }
        }
        for (IndexedWord p : Graphs.children(g, cur, "parataxis")) {
            if (words.is("speech-verbs", Graphs.lemma(p)) && !m.reported) {
                m.reportedBy(speaker(ctx, s, g, p));
            }
        }
    }

    /**
     * Marks the clause takes from the word it hangs on, and that word, to climb on; null where the
     * climb stops: at the root, outside clausal and coordination edges, or at a wished-for noun.
     */
    private IndexedWord up(ArticleContext ctx, int s, SemanticGraph g, IndexedWord cur, int depth, Marks m) {
        SemanticGraphEdge up = Graphs.parentEdge(g, cur);
        if (up == null) {
            return null;
        }
        String rel = Graphs.rel(up);
        IndexedWord gov = up.getGovernor();
        String gl = Graphs.lemma(gov);
        boolean clausal = rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("parataxis");
        if (depth == 0 && rel.equals("obj") && Graphs.isNoun(cur) && words.is("wish-verbs", gl)) {
            m.hypothetical = true; // a threatened or demanded act is not done: "threatened sanctions against X"
            return null;
        }
        if (!clausal && !rel.startsWith("conj")) {
            return null;
        }
        if (rel.startsWith("xcomp")) {
            if (!words.is("aspect-verbs", gl)) {
                m.hypothetical = true;
            }
            m.negative |= negated(g, gov);
            m.hypothetical |= modal(g, gov);
        } else if (clausal && words.is("wish-verbs", gl)) {
            m.hypothetical = true;
        } else if (rel.startsWith("advcl") && !ACCUSING.contains(gl)) {
            m.hypothetical |= modal(g, gov) && !hasMark(g, cur, "hypothetical-marks");
        }
        attribution(ctx, s, g, rel, gov, gl, m);
        return gov;
    }

    /** A clause under a verb of speech is reported by its speaker; under a verb of denial, also negated. */
    private void attribution(ArticleContext ctx, int s, SemanticGraph g, String rel, IndexedWord gov, String gl, Marks m) {
        if (m.reported) {
            return;
        }
        boolean speechEdge = rel.startsWith("ccomp") || rel.equals("parataxis") || (ACCUSING.contains(gl) && (rel.startsWith("advcl") || rel.startsWith("acl")));
        if (speechEdge && words.is("speech-verbs", gl)) {
            m.reportedBy(speaker(ctx, s, g, gov));
        } else if (rel.startsWith("ccomp") && words.is("denial-verbs", gl)) {
            // "Reyes denied that Varga met Oskarsson": Reyes says the meeting did not happen
            // (unless he "did not deny" it, which leaves the clause as it reads).
            m.negative ^= !negated(g, gov);
            m.reportedBy(speaker(ctx, s, g, gov));
        }
    }

    /** "according to X" anywhere in the sentence: reported, by X. */
    private void accordingTo(ArticleContext ctx, int s, SemanticGraph g, Marks m) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (Graphs.rel(e).endsWith(":according_to")) {
                m.reportedBy(phrase(ctx, s, g, e.getDependent()));
                return;
            }
        }
    }

    private boolean negated(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = Graphs.rel(e);
            IndexedWord d = e.getDependent();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && words.is("negators", d.word())) {
                return true;
            }
            if ((r.startsWith("nsubj") || r.equals("obj")) && Graphs.children(g, d, "det").stream().anyMatch(x -> x.word().equalsIgnoreCase("no"))) {
                return true;
            }
        }
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        // an event noun takes the modal of the verb it is the object or subject of: "could impose sanctions",
        // "more talks between X and Y may help"
        if (Graphs.isNoun(w) && up != null && (Graphs.rel(up).equals("obj") || Graphs.rel(up).startsWith("nsubj"))) {
            IndexedWord light = up.getGovernor();
            return Graphs.children(g, light, "advmod").stream().anyMatch(x -> words.is("negators", x.word()));
        }
        return false;
    }

    /** A modal auxiliary on the clause (or on the light verb of a noun), unless concessive: "may be X, but". */
    private boolean modal(SemanticGraph g, IndexedWord w) {
        List<IndexedWord> auxes = new ArrayList<>(Graphs.children(g, w, "aux"));
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        // an event noun takes the modal of the verb it is the object or subject of: "could impose sanctions",
        // "more talks between X and Y may help"
        if (Graphs.isNoun(w) && up != null && (Graphs.rel(up).equals("obj") || Graphs.rel(up).startsWith("nsubj"))) {
            auxes.addAll(Graphs.children(g, up.getGovernor(), "aux"));
        }
        for (IndexedWord a : auxes) {
            if (words.is("modals", a.word())) {
                boolean concessive = (a.word().equalsIgnoreCase("may") || a.word().equalsIgnoreCase("might"))
                        && Graphs.children(g, w, "conj*").stream().anyMatch(c -> Graphs.children(g, c, "cc").stream().anyMatch(x -> x.word().equalsIgnoreCase("but")));
                if (!concessive) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasMark(SemanticGraph g, IndexedWord w, String wordClass) {
        return Graphs.children(g, w, "mark").stream().anyMatch(m -> words.is(wordClass, m.word()));
    }

    /** A sentence-initial base-form verb with no subject: "Drag X before Congress." */
    private static boolean imperative(SemanticGraph g, IndexedWord w) {
        return "VB".equals(w.tag()) && w.index() == 1 && g.getRoots().contains(w)
                && !Graphs.hasChild(g, w, "nsubj") && !Graphs.hasChild(g, w, "aux");
    }

    private String speaker(ArticleContext ctx, int s, SemanticGraph g, IndexedWord verb) {
        List<IndexedWord> subj = Graphs.children(g, verb, "nsubj");
        return subj.isEmpty() ? null : phrase(ctx, s, g, subj.get(0));
    }

    /** The name of a source: the entity it names, or its short noun phrase ("two people briefed"). */
    private String phrase(ArticleContext ctx, int s, SemanticGraph g, IndexedWord head) {
        List<Mention> m = arguments.resolve(ctx, s, g, head);
        if (!m.isEmpty()) {
            return m.get(0).name().replaceFirst("(?i)^the\\s+", "");
        }
        int begin = head.index();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String r = Graphs.rel(e);
            if (Set.of("det", "nummod", "amod", "compound").contains(r) && e.getDependent().index() < head.index()) {
                begin = Math.min(begin, e.getDependent().index());
            }
        }
        return MentionExtractor.join(ctx.tokens(s), begin - 1, head.index()).replaceFirst("(?i)^the\\s+", "");
    }
}
