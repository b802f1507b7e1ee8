package io.newsgraph.eval;

import io.newsgraph.model.Predicate;

/**
 * One gold relation between two entities of a document, already in this project's terms: the
 * predicate the data set's label maps onto ({@link LabelMapping}) with head and tail in the
 * predicate's direction, and the original label for reports.
 */
public record GoldRelation(String head, Predicate predicate, String tail, String label) {
}
