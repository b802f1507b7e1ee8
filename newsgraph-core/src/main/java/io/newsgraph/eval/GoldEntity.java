package io.newsgraph.eval;

import java.util.List;

/**
 * One annotated entity of a gold document: its id within the document, the data set's own type
 * label (CoNLL04 "Peop", DocRED "PER") and every place the text names it. CoNLL04 entities have
 * one mention; a DocRED entity gathers all its mentions.
 */
public record GoldEntity(String id, String type, List<Span> mentions) {
    public GoldEntity {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("gold entity " + id + " has no mention");
        }
    }
}
