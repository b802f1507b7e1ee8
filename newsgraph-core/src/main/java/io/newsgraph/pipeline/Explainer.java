package io.newsgraph.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.extract.ArticleContext;
import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.ExtractionTrace;
import io.newsgraph.extract.ExtractorChain;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.resolve.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the stages on one text with a recording {@link ExtractionTrace} and keeps what each one
 * saw, for {@link Explanation}. The same chain and resolution as an ordinary run, so the facts
 * it shows are the ones {@code extract} would write for this text on its own.
 */
final class Explainer {
    private Explainer() {
    }

    static Explanation explain(CoreNlpPipeline nlp, ExtractorChain chain, Article article) {
        ExtractionTrace.Recorder trace = new ExtractionTrace.Recorder();
        ArticleContext ctx = new ArticleContext(nlp.annotate(article), trace);
        chain.run(ctx);
        ArticleExtraction extraction = ArticleExtraction.of(ctx);
        Graph graph = Resolver.resolve(List.of(article), List.of(extraction));
        List<Explanation.SentenceParse> sentences = new ArrayList<>();
        List<Explanation.Link> links = new ArrayList<>();
        Map<String, Mention> coref = ctx.corefLinks().orElse(Map.of());
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            List<CoreLabel> tokens = ctx.tokens(s);
            sentences.add(new Explanation.SentenceParse(s, ctx.sentenceText(s), tokens(tokens), edges(ctx.graph(s))));
            for (int t = 0; t < tokens.size(); t++) {
                Mention named = ctx.mentionAt(s, t);
                Mention chained = coref.get(s + ":" + t);
                if (chained != null && (named == null || !named.name().equals(chained.name()))) {
                    links.add(new Explanation.Link("coref", s, t, tokens.get(t).word(), chained));
                }
                Mention antecedent = ctx.antecedent(s, t).orElse(null);
                String rule = ctx.antecedentLink(s, t).map(io.newsgraph.extract.Antecedent::rule).orElse("");
                if (antecedent != null && named == null && !antecedent.equals(chained)) {
                    links.add(new Explanation.Link("antecedent:" + rule, s, t, tokens.get(t).word(), antecedent));
                }
            }
        }
        return new Explanation(sentences, extraction.mentions(), links, extraction.frames(), trace.all(), graph);
    }

    private static List<Explanation.Token> tokens(List<CoreLabel> tokens) {
        List<Explanation.Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            out.add(new Explanation.Token(i, t.word(), t.tag(), t.lemma(), t.ner() == null ? "O" : t.ner()));
        }
        return out;
    }

    private static List<Explanation.Edge> edges(SemanticGraph g) {
        if (g == null) {
            return List.of();
        }
        List<Explanation.Edge> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            out.add(new Explanation.Edge("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            out.add(new Explanation.Edge(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return out;
    }
}
