package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Predicate;

/**
 * What makes a fact one relationship, for {@link ImportFiles}'s check that none comes twice: its
 * type, id and the node numbers of its ends. The numbers, not the ends' string ids: a record
 * holding the ids kept two strings per fact alive for the whole load (a reader makes new ones for
 * every record), some 130 MB of heap for a million facts.
 */
record FactKey(Predicate predicate, String id, long subject, long object) {
}
