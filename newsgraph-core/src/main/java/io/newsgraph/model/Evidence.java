package io.newsgraph.model;

import java.util.Objects;

/**
 * Where a fact is stated: the sentence (index and character offsets into the cleaned article
 * text, and the sentence itself), which extractor read it, and how sure it was. A fact merges
 * readings from several sentences, so what belongs to one reading stays here: who the sentence
 * attributes the statement to ({@code attributedTo}, null when the article states it itself or
 * names no source) and the statement's date ({@code date}: the date the sentence states, else
 * the article's published date; null when neither is known). {@code rule} names the extractor's rule
 * that fired, as {@code extractor/rule} ("role-title/appositive"); null only for evidence from
 * outside the extractors (a graph file written before rules had names, a fact added by hand).
 */
public record Evidence(String article, int sentence, int start, int end, String text, String extractor,
                       double confidence, String attributedTo, String date, String rule) implements java.io.Serializable {
    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(extractor, "extractor");
        if (rule != null && !rule.startsWith(extractor + "/")) {
            throw new IllegalArgumentException("rule " + rule + " is not one of extractor " + extractor);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
        }
        // Kept to the three decimals JSON Lines carries, so that a graph read back from JSON Lines
        // equals the one written, and Neo4j, RDF and the map show 0.722 rather than 0.7224999999999999
        // (products of extractor weights); RDF from memory, JSON Lines and Neo4j then agree exactly.
        confidence = Math.round(confidence * 1000) / 1000.0;
    }

    /** A reading that names no rule. */
    public Evidence(String article, int sentence, int start, int end, String text, String extractor, double confidence,
                    String attributedTo, String date) {
        this(article, sentence, start, end, text, extractor, confidence, attributedTo, date, null);
    }

    /** A reading with no attribution, date or rule of its own. */
    public Evidence(String article, int sentence, int start, int end, String text, String extractor, double confidence) {
        this(article, sentence, start, end, text, extractor, confidence, null, null, null);
    }
}
