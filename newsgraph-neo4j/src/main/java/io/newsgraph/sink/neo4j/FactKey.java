package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Predicate;

/**
 * What makes a fact one relationship, for {@link ImportFiles}'s check that none comes twice. A
 * record rather than the four joined into one string: no copy per fact, and the ids' hash codes,
 * cached in the strings, serve the stub checks too.
 */
record FactKey(Predicate predicate, String id, String subjectId, String objectId) {
}
