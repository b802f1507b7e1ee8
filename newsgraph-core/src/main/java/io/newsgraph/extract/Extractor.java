package io.newsgraph.extract;

import java.util.Set;

/**
 * One extraction stage over an annotated article, in the spirit of CoreNLP's annotators: it names
 * what it needs ({@link Capability}: CoreNLP annotators such as depparse, or what earlier
 * extractors provide) and what it adds, and {@link ExtractorChain} checks the order when the
 * pipeline is assembled. It reads only what it requires, and everything it leaves on the
 * context is complete when it returns: no extractor defers work to a later one's questions.
 * Implementations must be stateless or thread-safe: one instance serves all worker threads.
 */
public interface Extractor {
    String name();

    Set<Capability> requires();

    Set<Capability> provides();

    void extract(ArticleContext ctx);
}
