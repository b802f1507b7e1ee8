package io.newsgraph.extract;

import java.util.Set;

/**
 * One extraction stage over an annotated article, in the spirit of CoreNLP's annotators: it names
 * what it needs (CoreNLP annotator names such as "depparse", or what earlier extractors provide)
 * and what it adds, and {@link ExtractorChain} checks the order when the pipeline is assembled.
 * Implementations must be stateless or thread-safe: one instance serves all worker threads.
 */
public interface Extractor {
    String name();

    Set<String> requires();

    Set<String> provides();

    void extract(ArticleContext ctx);
}
