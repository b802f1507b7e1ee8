package io.newsgraph.model;

import java.util.Objects;

/**
 * One cleaned article. {@code text} is the cleaned text that every evidence offset points into.
 * Metadata fields may be null when the source did not carry them; {@code published} is an ISO
 * date or a prefix of one ("2024", "2024-10").
 */
public record Article(String id, String title, String source, String published, String url,
                      String author, String path, String text) implements java.io.Serializable {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public Article withText(String newText) {
        return new Article(id, title, source, published, url, author, path, newText);
    }
}
