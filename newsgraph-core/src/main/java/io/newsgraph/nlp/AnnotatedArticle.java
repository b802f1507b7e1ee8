package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import io.newsgraph.model.Article;

/**
 * An article and its CoreNLP annotation; kept only in memory, between annotation and extraction.
 * A long article's annotation is merged from pieces ({@link AnnotationMerger}) and carries only
 * what the extractors read.
 */
public record AnnotatedArticle(Article article, Annotation doc, long annotateNanos) {
    public int tokenCount() {
        var tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
