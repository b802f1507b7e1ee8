package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts in a frame: the subject of a verb or the "by" phrase of a passive, the possessor or
 * light-verb subject of an event noun, and, for a clause without a subject of its own, the subject
 * it shares with the clause or noun it hangs on ("asked X to ...", "accused X of ...", "after
 * meeting Y, X ...").
 */
final class FrameAgents {
    private final Arguments arguments;
    /** Clause openers after which a participle clause shares the main clause's subject. */
    private final Set<String> sharingMarks;
    /** "X accused Y of sending ...": Y, the object, is who does what the clause says. */
    private final Set<String> accusing;

    FrameAgents(Arguments arguments, WordClasses words) {
        this.arguments = arguments;
        this.sharingMarks = words.words("subject-sharing-marks");
        this.accusing = words.words("accusation-verbs");
    }

    static boolean isPassive(SemanticGraph g, IndexedWord w) {
        if (Graphs.hasChild(g, w, "nsubj:pass") || Graphs.hasChild(g, w, "aux:pass") || Graphs.hasChild(g, w, "obl:agent")) {
            return true;
        }
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        return "VBN".equals(w.tag()) && up != null && isReducedClause(up);
    }

    /** A participle clause on a noun ("X, based in Y"), which is not a relative clause. */
    static boolean isReducedClause(SemanticGraphEdge up) {
        return Graphs.rel(up).startsWith("acl") && !Graphs.rel(up).equals("acl:relcl");
    }

    /** The entities the heads name, each name once, in order. */
    List<Mention> resolveAll(ArticleContext ctx, int s, SemanticGraph g, List<IndexedWord> heads) {
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

    List<Mention> ofVerb(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, boolean passive) {
        if (passive) {
            return resolveAll(ctx, s, g, Graphs.children(g, w, "obl:agent"));
        }
        List<IndexedWord> heads = subjects(g, w);
        heads.addAll(Graphs.children(g, w, "nsubj:pass"));
        if (heads.isEmpty()) {
            SemanticGraphEdge up = Graphs.parentEdge(g, w);
            if (up != null && isReducedClause(up) && "VBN".equals(w.tag())) {
                heads.add(up.getGovernor()); // "Acme, based in Berlin": the noun the participle describes
            }
        }
        return resolveAll(ctx, s, g, heads);
    }

    List<Mention> ofNoun(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, w, "nmod:poss"));
        heads.addAll(Graphs.children(g, w, "nmod:from"));
        heads.addAll(Graphs.children(g, w, "nmod:by"));
        heads.addAll(subjects(g, w));
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
                heads.addAll(subjects(g, up.getGovernor()));
            }
        }
        return resolveAll(ctx, s, g, heads);
    }

    /** Subjects a clause without its own subject takes from the clause or noun it hangs on, else the heading's. */
    List<Mention> inherited(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, boolean passive) {
        if (passive) {
            return List.of();
        }
        List<Mention> found = fromGovernor(ctx, s, g, w);
        if (found.isEmpty()) {
            return ctx.headingSubject(s).map(List::of).orElse(List.of());
        }
        return found;
    }

    private List<Mention> fromGovernor(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        if (up == null) {
            return List.of();
        }
        String rel = Graphs.rel(up);
        IndexedWord gov = up.getGovernor();
        if (rel.equals("xcomp") && Graphs.isVerb(gov)) {
            String control = Graphs.OBJECT_CONTROL.contains(Graphs.lemma(gov)) ? "obj" : "nsubj";
            List<Mention> ctl = resolveAll(ctx, s, g, Graphs.children(g, gov, control));
            return ctl.isEmpty() && control.equals("nsubj") ? fromGovernor(ctx, s, g, gov) : ctl;
        }
        if (accusing.contains(Graphs.lemma(gov)) && (rel.startsWith("advcl") || rel.startsWith("acl"))) {
            return resolveAll(ctx, s, g, Graphs.children(g, gov, "obj")); // "accused Russia of sending"
        }
        if ((rel.startsWith("advcl") || rel.equals("dep")) && "VBG".equals(w.tag())) {
            List<IndexedWord> marks = Graphs.children(g, w, "mark");
            boolean shares = marks.isEmpty() || sharingMarks.contains(Graphs.lemma(marks.get(0)));
            if (shares && Graphs.isVerb(gov)) {
                return resolveAll(ctx, s, g, subjects(g, gov));
            }
        }
        if (isReducedClause(up) && Graphs.isNoun(gov)) {
            SemanticGraphEdge up2 = Graphs.parentEdge(g, gov);
            if (up2 != null && Graphs.rel(up2).equals("obj")) {
                // "took the step of blacklisting him": the subject of the light verb acts
                return resolveAll(ctx, s, g, Graphs.children(g, up2.getGovernor(), "nsubj"));
            }
        }
        return List.of();
    }

    /** The plain and the controlled subjects of a word, in that order. */
    private static List<IndexedWord> subjects(SemanticGraph g, IndexedWord w) {
        List<IndexedWord> heads = new ArrayList<>(Graphs.children(g, w, "nsubj"));
        heads.addAll(Graphs.children(g, w, "nsubj:xsubj"));
        return heads;
    }
}
