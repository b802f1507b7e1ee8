package io.newsgraph.cli.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.nlp.AnnotatedArticle;

import java.util.List;

/**
 * How much of the corpus a "parse only sentences that can yield a statement" cut could skip: the
 * sentences with fewer than two entity mentions (CoreNLP's, pronouns included), and their share
 * of the tokens, which is about their share of dependency-parse time. An upper bound: a sentence
 * with one argument and an event trigger, or a title, can still yield a statement.
 *
 * @param sentences all sentences of the corpus
 * @param skippable sentences with fewer than two entity mentions
 * @param tokens    all tokens
 * @param skippableTokens tokens of those sentences
 */
record DepparseSkipEstimate(int sentences, int skippable, long tokens, long skippableTokens) {

    static DepparseSkipEstimate of(List<AnnotatedArticle> annotated) {
        int sentences = 0;
        int skippable = 0;
        long tokens = 0;
        long skippableTokens = 0;
        for (AnnotatedArticle a : annotated) {
            for (CoreMap s : a.doc().get(CoreAnnotations.SentencesAnnotation.class)) {
                int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
                List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
                sentences++;
                tokens += n;
                if (mentions == null || mentions.size() < 2) {
                    skippable++;
                    skippableTokens += n;
                }
            }
        }
        return new DepparseSkipEstimate(sentences, skippable, tokens, skippableTokens);
    }

    String describe() {
        return String.format(java.util.Locale.ROOT,
                "depparse-skip estimate: %d of %d sentences (%.1f %% of %d tokens) have fewer than two entity mentions",
                skippable, sentences, tokens == 0 ? 0 : 100.0 * skippableTokens / tokens, tokens);
    }
}
