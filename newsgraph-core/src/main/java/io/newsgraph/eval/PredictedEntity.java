package io.newsgraph.eval;

import io.newsgraph.model.EntityType;

/** A named mention the pipeline found in a gold document: its characters and the type we gave it. */
public record PredictedEntity(String document, Span span, EntityType type) {
}
