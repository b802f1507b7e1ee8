package io.newsgraph.model;

import java.util.Objects;

/**
 * Where a fact is stated: the sentence (index and character offsets into the cleaned article
 * text, and the sentence itself), which extractor read it, and how sure it was.
 */
public record Evidence(String article, int sentence, int start, int end, String text, String extractor,
                       double confidence) {
    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extractor, "extractor");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
    }
}
