package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a frame is aimed at and what it is about: the entities in the argument slots its lexicon
 * entry lists (objects) and in its topic slots (topics). Each head word used goes into the caller's
 * {@code used} set, so one word never fills both an object and a topic.
 */
final class FrameObjects {
    private final Arguments arguments;

    FrameObjects(Arguments arguments) {
        this.arguments = arguments;
    }

    List<Mention> objects(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, boolean passive,
                          boolean stative, Set<Integer> used) {
        List<Mention> objects = new ArrayList<>();
        for (VerbLexicon.Slot slot : e.objects()) {
            if (slot.fallback() && !objects.isEmpty()) {
                continue;
            }
            for (IndexedWord h : slotHeads(g, w, slot.relation(), passive, stative)) {
                used.add(h.index());
                objects.addAll(slotArguments(ctx, s, g, h, e));
            }
        }
        if (e.noun() && objects.isEmpty()) {
            objects.addAll(onLightVerb(ctx, s, g, w, e, used));
        }
        if (e.has("ccomp-subject")) {
            for (IndexedWord c : Graphs.children(g, w, "ccomp")) {
                for (IndexedWord subj : Graphs.children(g, c, "nsubj")) {
                    used.add(subj.index());
                    objects.addAll(arguments.resolve(ctx, s, g, subj));
                }
            }
        }
        return objects;
    }

    List<Mention> topics(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, Set<Integer> used) {
        List<Mention> topics = new ArrayList<>();
        for (String rel : e.topics()) {
            for (IndexedWord c : path(g, w, rel)) {
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
        return topics;
    }

    /** The head words of one slot; in the passive, the object slot is filled by the passive subject. */
    private static List<IndexedWord> slotHeads(SemanticGraph g, IndexedWord w, String rel, boolean passive, boolean stative) {
        List<IndexedWord> heads = new ArrayList<>(path(g, w, rel));
        if (passive && !stative && rel.equals("obj")) {
            heads = new ArrayList<>(Graphs.children(g, w, "nsubj:pass"));
            SemanticGraphEdge up = Graphs.parentEdge(g, w);
            if (up != null && FrameAgents.isReducedClause(up)) {
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
        return heads;
    }

    private List<Mention> slotArguments(ArticleContext ctx, int s, SemanticGraph g, IndexedWord h, VerbLexicon.Entry e) {
        List<Mention> found = arguments.resolve(ctx, s, g, h);
        if (e.has("addressee-object")) {
            // "ordered the Starlink disconnection": who is asked is the object itself, not a name modifying it
            List<IndexedWord> modifiers = Graphs.children(g, h, "compound");
            found = found.stream().filter(m -> modifiers.stream().noneMatch(c -> m.covers(c.index() - 1))).toList();
        }
        return found;
    }

    /** "carried X's interview with Y" is often parsed with "with Y" on the verb: look there too. */
    private List<Mention> onLightVerb(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, VerbLexicon.Entry e, Set<Integer> used) {
        List<Mention> objects = new ArrayList<>();
        SemanticGraphEdge up = Graphs.parentEdge(g, w);
        if (up == null || !Graphs.rel(up).equals("obj")) {
            return objects;
        }
        for (VerbLexicon.Slot slot : e.objects()) {
            if (slot.relation().startsWith("nmod:")) {
                for (IndexedWord h : Graphs.children(g, up.getGovernor(), "obl:" + slot.relation().substring(5))) {
                    used.add(h.index());
                    objects.addAll(arguments.resolve(ctx, s, g, h));
                }
            }
        }
        return objects;
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

    /** The objects and obliques of a clause the frame governs, down through its own clauses and conjuncts. */
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
