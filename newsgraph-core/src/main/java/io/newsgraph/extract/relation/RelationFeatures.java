package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.extract.Mention;
import io.newsgraph.extract.TitleLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of one candidate, all from what CoreNLP already computed: argument types and
 * fine-grained NER tags, the dependency path between the arguments' head words (relations, and
 * the lemmas on it, which hold trigger words such as "assassinate", "native", "chairman"), the
 * words between and around the arguments, titles next to them ("President X", "X, chairman of"),
 * possessives and apposition (both show in the path). The same function serves training and
 * extraction, so the model never sees features its user cannot compute.
 */
public final class RelationFeatures {
    private RelationFeatures() {
    }

    public static List<String> of(List<CoreLabel> toks, SemanticGraph graph, Candidate c) {
        return of(toks, graph, c, List.of());
    }

    /** The features, with those that look at the sentence's other mentions (what lies between, which is nearer). */
    public static List<String> of(List<CoreLabel> toks, SemanticGraph graph, Candidate c, List<Mention> mentions) {
        List<String> f = new ArrayList<>();
        String types = c.headType() + ">" + c.tailType();
        boolean headFirst = c.headBegin() < c.tailBegin();
        f.add("types=" + types);
        f.add("order=" + (headFirst ? "ht" : "th"));
        f.add("hner=" + toks.get(c.headEnd() - 1).ner());
        f.add("tner=" + toks.get(c.tailEnd() - 1).ner());
        f.add("hlast=" + lower(toks.get(c.headEnd() - 1)));
        f.add("tlast=" + lower(toks.get(c.tailEnd() - 1)));
        readings(f, c, types);
        int leftEnd = headFirst ? c.headEnd() : c.tailEnd();
        int rightBegin = headFirst ? c.tailBegin() : c.headBegin();
        int leftBegin = Math.min(c.headBegin(), c.tailBegin());
        int rightEnd = Math.max(c.headEnd(), c.tailEnd());
        between(f, toks, leftEnd, rightBegin, types);
        f.add("l1=" + lemmaAt(toks, leftBegin - 1));
        f.add("l2=" + lemmaAt(toks, leftBegin - 2) + "_" + lemmaAt(toks, leftBegin - 1));
        f.add("r1=" + lemmaAt(toks, rightEnd));
        others(f, c, mentions, leftEnd, rightBegin, types);
        titles(f, toks, c.headBegin(), "h");
        titles(f, toks, c.tailBegin(), "t");
        if (graph != null) {
            path(f, graph, head(graph, c.headBegin(), c.headEnd()), head(graph, c.tailBegin(), c.tailEnd()), types);
        }
        PairContextFeatures.add(f, toks, graph, c, types);
        return f;
    }

    private static void between(List<String> f, List<CoreLabel> toks, int from, int to, String types) {
        int n = Math.max(0, to - from);
        f.add("nb=" + bucket(n));
        StringBuilder seq = new StringBuilder();
        for (int i = from; i < to; i++) {
            String l = lemma(toks.get(i));
            f.add("bw=" + l);
            seq.append(i > from ? "_" : "").append(l);
            if (!"O".equals(toks.get(i).ner())) {
                f.add("bner=" + toks.get(i).ner());
            }
        }
        if (n > 0) {
            f.add("bw1=" + lemma(toks.get(from)));
            f.add("bwL=" + lemma(toks.get(to - 1)));
        }
        if (n <= 4) {
            f.add("bseq=" + types + "|" + seq);
        }
    }

    /** How each argument was widened from its mention: the classifier learns which reading a relation's arguments take. */
    private static void readings(List<String> f, Candidate c, String types) {
        String h = c.head().variant().isEmpty() ? "mention" : c.head().variant();
        String t = c.tail().variant().isEmpty() ? "mention" : c.tail().variant();
        f.add("hread=" + h);
        f.add("tread=" + t);
        f.add("reads=" + types + "|" + h + "|" + t);
    }

    /**
     * The other mentions between the arguments, and whether one of the tail's type lies between
     * them (so the tail is not the head's nearest candidate): "X visited Paris, Rome and Berlin"
     * is evidence for the first place, not for every place named.
     */
    private static void others(List<String> f, Candidate c, List<Mention> mentions, int from, int to, String types) {
        int n = 0;
        boolean tailTypeBetween = false;
        boolean headTypeBetween = false;
        StringBuilder seq = new StringBuilder();
        for (Mention m : mentions) {
            if (m.synthetic() || m.begin() < from || m.end() > to) {
                continue;
            }
            n++;
            tailTypeBetween |= m.type() == c.tailType();
            headTypeBetween |= m.type() == c.headType();
            if (n <= 3) {
                seq.append(m.type().name(), 0, 3).append(' ');
            }
        }
        f.add("nm=" + Math.min(n, 3));
        f.add("mseq=" + types + "|" + seq.toString().strip());
        f.add("tnear=" + types + "|" + !tailTypeBetween);
        f.add("hnear=" + types + "|" + !headTypeBetween);
    }

    /** A title word just before an argument ("President X", "Gov. X") or the title inside it. */
    private static void titles(List<String> f, List<CoreLabel> toks, int begin, String side) {
        if (begin > 0 && TitleLexicon.get().isTitleWord(toks.get(begin - 1).word())) {
            f.add(side + "title=" + lower(toks.get(begin - 1)));
        }
    }

    private static void path(List<String> f, SemanticGraph g, IndexedWord a, IndexedWord b, String types) {
        if (a == null || b == null || a.equals(b)) {
            f.add("path=none");
            return;
        }
        List<IndexedWord> nodes = g.getShortestUndirectedPathNodes(a, b);
        if (nodes == null || nodes.size() < 2) {
            f.add("path=none");
            return;
        }
        StringBuilder rels = new StringBuilder();
        StringBuilder lex = new StringBuilder();
        for (int i = 1; i < nodes.size(); i++) {
            IndexedWord prev = nodes.get(i - 1);
            IndexedWord cur = nodes.get(i);
            SemanticGraphEdge down = g.getEdge(prev, cur);
            String step = down != null ? "v" + down.getRelation().toString() : "^" + relation(g, cur, prev);
            rels.append(step);
            lex.append(step);
            if (i < nodes.size() - 1) {
                String l = cur.lemma() == null ? cur.word().toLowerCase(Locale.ROOT) : cur.lemma().toLowerCase(Locale.ROOT);
                lex.append('[').append(l).append(']');
                f.add("pw=" + l);
                f.add("tpw=" + types + "|" + l);
            }
        }
        f.add("pathlen=" + Math.min(nodes.size() - 1, 6));
        f.add("path=" + rels);
        f.add("tpath=" + types + "|" + rels);
        f.add("pathlex=" + lex);
    }

    private static String relation(SemanticGraph g, IndexedWord gov, IndexedWord dep) {
        SemanticGraphEdge e = g.getEdge(gov, dep);
        return e == null ? "?" : e.getRelation().toString();
    }

    /** The argument's head word: its token whose governor lies outside the span (the last token if none). */
    static IndexedWord head(SemanticGraph g, int begin, int end) {
        IndexedWord fallback = null;
        for (int i = begin; i < end; i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) {
                continue;
            }
            fallback = w;
            IndexedWord parent = g.getParent(w);
            if (parent == null || parent.index() - 1 < begin || parent.index() - 1 >= end) {
                return w;
            }
        }
        return fallback;
    }

    private static String bucket(int n) {
        return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : n <= 9 ? "6-9" : "10+";
    }

    private static String lemmaAt(List<CoreLabel> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : lemma(toks.get(i));
    }

    private static String lemma(CoreLabel t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
