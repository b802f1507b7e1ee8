package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Common nouns that name people ("billionaire", "spokesperson", "man"): the animate and not also
 * inanimate words of CoreNLP's own noun lists ({@code animate.unigrams.txt} and
 * {@code inanimate.unigrams.txt} in its models jar, from Ji and Lin 2009). Empty without the jar.
 */
final class AnimateNouns {
    private static final AnimateNouns DEFAULT = new AnimateNouns(
            read("edu/stanford/nlp/models/dcoref/animate.unigrams.txt"), read("edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt"));

    private final Set<String> animate;

    private AnimateNouns(Set<String> animate, Set<String> inanimate) {
        Set<String> only = new HashSet<>(animate);
        only.removeAll(inanimate);
        this.animate = Set.copyOf(only);
    }

    static AnimateNouns get() {
        return DEFAULT;
    }

    boolean namesAPerson(String lemma) {
        return animate.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether sentence s, before token {@code before}, has a subject or possessor "the N" that
     * names a person, stands outside any name and has no link: someone the text did not name there.
     */
    boolean unlinkedPersonDescription(ArticleContext ctx, Map<String, Antecedent> links, int s, int before) {
        SemanticGraph g = ctx.graph(s);
        if (g == null) {
            return false;
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String r = e.getRelation().toString();
            IndexedWord w = e.getDependent();
            int t = w.index() - 1;
            if (t >= before || !(r.startsWith("nsubj") || r.equals("nmod:poss")) || ctx.mentionAt(s, t) != null
                    || links.containsKey(s + ":" + t)) {
                continue;
            }
            CoreLabel tok = ctx.tokens(s).get(t);
            boolean definite = Graphs.children(g, w, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("the"));
            if ("NN".equals(tok.tag()) && definite && namesAPerson(tok.lemma() == null ? tok.word() : tok.lemma())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> read(String resource) {
        InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(resource);
        Set<String> out = new HashSet<>();
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return out;
    }
}
