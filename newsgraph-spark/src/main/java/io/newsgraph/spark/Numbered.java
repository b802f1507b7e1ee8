package io.newsgraph.spark;

import io.newsgraph.model.Article;

import java.io.Serializable;

/** An article and its place in the corpus (0-based row), which orders every merge as on one machine. */
public record Numbered(long index, Article article) implements Serializable {
}
