package io.newsgraph.sink.map;

import io.newsgraph.model.Fact;

/**
 * One fact as drawn: one edge per fact. A fact already gathers every sentence that states the
 * same thing, so the edge carries all its evidence; two facts between the same pair differ in
 * predicate, polarity or modality and are drawn apart so that their styles stay truthful.
 * {@code cameo} is the CAMEO code of the event the fact belongs to, null when it has none.
 */
public record MapEdge(String source, String target, Fact fact, String cameo) {
}
