package io.newsgraph.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.nlp.AnnotatedArticle;

import java.util.List;
import java.util.Optional;

/** A gold document with its CoreNLP annotation and what the extractor chain found in it. */
public record AnnotatedGold(GoldDocument gold, AnnotatedArticle annotated, ArticleExtraction extraction) {
    /** Tokens [begin, end) of one sentence. */
    public record TokenSpan(int sentence, int begin, int end) {
    }

    public List<CoreMap> sentences() {
        return annotated.doc().get(CoreAnnotations.SentencesAnnotation.class);
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences().get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    public SemanticGraph graph(int sentence) {
        return sentences().get(sentence).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    public Span span(int sentence, int begin, int end) {
        List<CoreLabel> toks = tokens(sentence);
        return new Span(toks.get(begin).beginPosition(), toks.get(end - 1).endPosition());
    }

    /** The tokens of one sentence whose characters are exactly the span, when CoreNLP's tokens line up with it. */
    public Optional<TokenSpan> tokensOf(Span span) {
        List<CoreMap> ss = sentences();
        for (int s = 0; s < ss.size(); s++) {
            List<CoreLabel> toks = tokens(s);
            int begin = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).beginPosition() == span.begin()) {
                    begin = i;
                }
                if (begin >= 0 && toks.get(i).endPosition() == span.end()) {
                    return Optional.of(new TokenSpan(s, begin, i + 1));
                }
                if (toks.get(i).endPosition() > span.end()) {
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
