package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;

/**
 * Features of a candidate conjoined with its pair of argument types, so that one cue can weigh
 * differently for each relation a pair of types allows ("in" between a person and a place is
 * residence; between two places, containment), and the arguments' own head words and how each
 * hangs in the parse ("X, a native of Y": X's governor is "native"; "the Boston-based firm": a
 * compound). Kept apart from {@link RelationFeatures}, which holds the plain cues.
 */
final class PairContextFeatures {
    private PairContextFeatures() {
    }

    static void add(List<String> f, List<CoreLabel> toks, SemanticGraph graph, Candidate c, String types) {
        boolean headFirst = c.headBegin() < c.tailBegin();
        int from = headFirst ? c.headEnd() : c.tailEnd();
        int to = headFirst ? c.tailBegin() : c.headBegin();
        betweenByTypes(f, toks, from, to, types);
        period(f, toks, c.head(), "h");
        period(f, toks, c.tail(), "t");
        if (graph == null) {
            return;
        }
        IndexedWord h = RelationFeatures.head(graph, c.headBegin(), c.headEnd());
        IndexedWord t = RelationFeatures.head(graph, c.tailBegin(), c.tailEnd());
        governor(f, graph, h, c.headBegin(), c.headEnd(), "h", types);
        governor(f, graph, t, c.tailBegin(), c.tailEnd(), "t", types);
        if (h != null) {
            f.add("hhw=" + types + "|" + lemma(h));
        }
        if (t != null) {
            f.add("thw=" + types + "|" + lemma(t));
        }
        pathByTypes(f, graph, h, t, types);
    }

    /** The words between the arguments, each with the type pair; verbs and the first and last word also on their own. */
    private static void betweenByTypes(List<String> f, List<CoreLabel> toks, int from, int to, String types) {
        for (int i = from; i < to; i++) {
            CoreLabel w = toks.get(i);
            f.add("tbw=" + types + "|" + lemma(w));
            String tag = w.tag() == null ? "" : w.tag();
            if (tag.startsWith("VB")) {
                f.add("tbv=" + types + "|" + lemma(w));
            }
            if (i + 1 < to) {
                f.add("bbi=" + lemma(w) + "_" + lemma(toks.get(i + 1)));
            }
        }
        if (to > from) {
            f.add("tbw1=" + types + "|" + lemma(toks.get(from)));
            f.add("tbwL=" + types + "|" + lemma(toks.get(to - 1)));
        }
    }

    /**
     * For an argument right before the period that ends the sentence, or read with it: whether
     * the period touches the word in the text ("Ethiopia." as written) and whether the word looks
     * like an abbreviation ("Minn", "U.S"). Annotators keep such a period in the name by those
     * cues, and the readings with and without it compete.
     */
    private static void period(List<String> f, List<CoreLabel> toks, Candidate.Argument a, String side) {
        boolean in = a.variant().endsWith("period");
        int dot = in ? a.end() - 1 : a.end();
        if (!in && !ArgumentSpans.endsSentenceBeforePeriod(toks, a.end())) {
            return;
        }
        CoreLabel word = toks.get(dot - 1);
        boolean glued = toks.get(dot).beginPosition() == word.endPosition();
        String w = word.word();
        boolean abbreviation = w.length() <= 4 || w.contains(".");
        f.add(side + "per=" + (in ? "in" : "out") + "|" + (glued ? "glued" : "spaced") + "|" + (abbreviation ? "abbr" : "word"));
    }

    /** How an argument's head word attaches above the argument: the relation and the governor's lemma. */
    private static void governor(List<String> f, SemanticGraph g, IndexedWord w, int begin, int end, String side, String types) {
        if (w == null) {
            return;
        }
        IndexedWord parent = g.getParent(w);
        if (parent == null || (parent.index() - 1 >= begin && parent.index() - 1 < end)) {
            f.add(side + "gov=root");
            return;
        }
        SemanticGraphEdge e = g.getEdge(parent, w);
        String rel = e == null ? "?" : e.getRelation().toString();
        f.add(side + "gov=" + rel + "|" + lemma(parent));
        f.add(side + "govt=" + types + "|" + rel + "|" + lemma(parent));
        f.add(side + "rel=" + types + "|" + rel);
    }

    /** The path's lemmas without its relations, and its length, with the type pair. */
    private static void pathByTypes(List<String> f, SemanticGraph g, IndexedWord a, IndexedWord b, String types) {
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        List<IndexedWord> nodes = g.getShortestUndirectedPathNodes(a, b);
        if (nodes == null || nodes.size() < 2) {
            return;
        }
        StringBuilder lemmas = new StringBuilder();
        for (int i = 1; i < nodes.size() - 1; i++) {
            lemmas.append(i > 1 ? "_" : "").append(lemma(nodes.get(i)));
        }
        f.add("tplem=" + types + "|" + lemmas);
        f.add("tplen=" + types + "|" + Math.min(nodes.size() - 1, 6));
    }

    private static String lemma(CoreLabel t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    private static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }
}
