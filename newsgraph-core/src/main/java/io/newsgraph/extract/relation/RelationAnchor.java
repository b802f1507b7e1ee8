package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.List;

/**
 * The word whose clause a classified relation belongs to, so that negation, modality and
 * attribution mark it exactly as they mark a rule's frame: the highest word on the dependency
 * path between the arguments ("found" in "X did not found Y", "join" in "X may join Y"), or the
 * first word of the path outside the arguments when the path runs down from one of them
 * ("X, who may join Y"). Arguments the parse does not connect have no anchor, and the classifier
 * then makes no fact of them: a relation whose clause is unknown could be a negated one.
 */
public final class RelationAnchor {
    private RelationAnchor() {
    }

    /** The anchor's token index (0-based), or -1 for none. */
    public static int of(SemanticGraph g, Candidate c) {
        if (g == null) {
            return -1;
        }
        IndexedWord a = RelationFeatures.head(g, c.headBegin(), c.headEnd());
        IndexedWord b = RelationFeatures.head(g, c.tailBegin(), c.tailEnd());
        if (a == null || b == null || a.equals(b)) {
            return -1;
        }
        List<IndexedWord> nodes = g.getShortestUndirectedPathNodes(a, b);
        if (nodes == null || nodes.size() < 2) {
            return -1;
        }
        int top = 0;
        for (int i = 1; i < nodes.size(); i++) {
            if (g.getEdge(nodes.get(i), nodes.get(i - 1)) != null) {
                top = i; // the step from i-1 to i goes up to a governor
            }
        }
        IndexedWord anchor = nodes.get(top);
        if (inArgument(c, anchor)) {
            anchor = nodes.size() > 2 ? nodes.get(top == 0 ? 1 : top - 1) : anchor;
        }
        return anchor.index() - 1;
    }

    private static boolean inArgument(Candidate c, IndexedWord w) {
        int t = w.index() - 1;
        return (t >= c.headBegin() && t < c.headEnd()) || (t >= c.tailBegin() && t < c.tailEnd());
    }
}
