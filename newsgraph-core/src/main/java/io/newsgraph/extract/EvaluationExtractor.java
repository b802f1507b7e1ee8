package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Praise and criticism carried by a label rather than a verb: "A called B a killer" (CRITICIZED),
 * "A said B was a smart person" (PRAISED). The label words are the positive-labels and
 * negative-labels classes of lexicon.tsv.
 */
public final class EvaluationExtractor implements Extractor {
    static final String NAME = "evaluation";
    private static final Set<String> LABELLING = WordClasses.get().words("labelling-verbs");
    private static final Set<String> OPINION = WordClasses.get().words("opinion-verbs");

    private final WordClasses words = WordClasses.get();
    private final Arguments arguments = new Arguments();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.DEPPARSE, Capability.MENTIONS, Capability.ANTECEDENTS, Capability.TITLES);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.FRAMES);
    }

    @Override
    public void extract(ArticleContext ctx) {
        ctx.forEachWord((s, g, v) -> {
            if (!Graphs.isVerb(v)) {
                return;
            }
            String lemma = Graphs.lemma(v);
            if (LABELLING.contains(lemma)) {
                // "called him a killer": UD gives obj+xcomp, or iobj+obj when the parser reads a double object
                List<IndexedWord> iobj = Graphs.children(g, v, "iobj");
                List<IndexedWord> labels = new ArrayList<>(Graphs.children(g, v, "xcomp"));
                List<IndexedWord> targets = iobj.isEmpty() ? Graphs.children(g, v, "obj") : iobj;
                if (!iobj.isEmpty()) {
                    labels.addAll(Graphs.children(g, v, "obj"));
                }
                for (IndexedWord label : labels) {
                    // a small clause ("called [Ruiz a liar]") puts the target inside the label
                    List<IndexedWord> t = targets.isEmpty() ? Graphs.children(g, label, "nsubj") : targets;
                    evaluate(ctx, s, g, v, t, label, NAME + "/labelling", 0.75);
                }
            } else if (OPINION.contains(lemma)) {
                opinions(ctx, s, g, v, v, 0);
            }
        });
    }

    private void opinions(ArticleContext ctx, int s, SemanticGraph g, IndexedWord speaker, IndexedWord v, int depth) {
        if (depth > 1) {
            return;
        }
        for (IndexedWord c : Graphs.children(g, v, "ccomp")) {
            if (Graphs.hasChild(g, c, "cop")) {
                evaluate(ctx, s, g, speaker, Graphs.children(g, c, "nsubj"), c, NAME + "/opinion", 0.7);
            }
            opinions(ctx, s, g, speaker, c, depth + 1);
        }
    }

    private void evaluate(ArticleContext ctx, int s, SemanticGraph g, IndexedWord verb, List<IndexedWord> targets,
                          IndexedWord label, String rule, double confidence) {
        Predicate p = polarityOf(g, label);
        if (p == null || targets.isEmpty()) {
            return;
        }
        List<IndexedWord> subjects = new ArrayList<>(Graphs.children(g, verb, "nsubj"));
        subjects.addAll(Graphs.children(g, verb, "nsubj:xsubj"));
        for (IndexedWord subj : subjects) {
            for (Mention a : arguments.resolve(ctx, s, g, subj)) {
                for (IndexedWord t : targets) {
                    List<Mention> objs = arguments.resolve(ctx, s, g, t).stream().filter(o -> !o.name().equals(a.name())).toList();
                    if (!objs.isEmpty()) {
                        ctx.addFrame(Frame.of(rule, p, s, verb.index() - 1, a, objs, List.of(), confidence));
                    }
                }
            }
        }
    }

    private Predicate polarityOf(SemanticGraph g, IndexedWord label) {
        List<String> cues = new ArrayList<>();
        cues.add(label.word());
        for (IndexedWord m : Graphs.children(g, label, "amod")) {
            cues.add(m.word());
        }
        for (IndexedWord m : Graphs.children(g, label, "compound")) {
            cues.add(m.word() + " " + label.word());
        }
        boolean neg = cues.stream().anyMatch(c -> words.is("negative-labels", c));
        boolean pos = cues.stream().anyMatch(c -> words.is("positive-labels", c));
        if (neg == pos) {
            return null;
        }
        return neg ? Predicate.CRITICIZED : Predicate.PRAISED;
    }
}
