package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Small, order-stable helpers over CoreNLP dependency graphs. */
final class Graphs {
    /**
     * Verbs whose object, not their subject, is the subject of the clause they govern ("asked
     * Musk to turn on ..."): read by the verb-frame extractor and the pronoun rule alike.
     */
    static final Set<String> OBJECT_CONTROL = WordClasses.get().words("object-control-verbs");

    private Graphs() {
    }

    static String rel(SemanticGraphEdge e) {
        return e.getRelation().toString();
    }

    /** Children whose relation is {@code relation}; a trailing "*" matches any subtype ("conj*"). */
    static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String r = rel(e);
            boolean match = relation.endsWith("*") ? r.startsWith(relation.substring(0, relation.length() - 1)) : r.equals(relation);
            if (match) {
                if (!out.contains(e.getDependent())) {
                    out.add(e.getDependent());
                }
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    static boolean hasChild(SemanticGraph g, IndexedWord w, String relation) {
        return !children(g, w, relation).isEmpty();
    }

    /** The first governor edge of a word in the basic tree sense (ignoring enhanced extra edges when possible). */
    static SemanticGraphEdge parentEdge(SemanticGraph g, IndexedWord w) {
        List<SemanticGraphEdge> in = g.incomingEdgeList(w);
        SemanticGraphEdge best = null;
        for (SemanticGraphEdge e : in) {
            if (e.isExtra()) {
                continue;
            }
            if (best == null || e.getGovernor().index() < best.getGovernor().index()) {
                best = e;
            }
        }
        if (best == null && !in.isEmpty()) {
            best = in.get(0);
        }
        return best;
    }

    static String lemma(IndexedWord w) {
        String l = w.lemma();
        return (l == null ? w.word() : l).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static boolean isNoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NN");
    }
}
