package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;

import java.io.Serializable;

/** What extraction found in one article (no resolution yet), with the article's place in the corpus. */
public record Extracted(long index, ArticleExtraction extraction) implements Serializable {
}
