package io.newsgraph.sink.neo4j;

import java.util.HashMap;
import java.util.Map;

/**
 * The number each node of the import files gets, from 0 up without a gap, in the order the
 * nodes are first seen (as a record or as the end of a relationship). The importer then reads
 * numbers instead of string ids ({@code --id-type}): it neither sorts the string ids nor looks
 * each relationship's ends up among them. Ids are numbered per kind, since an article and an
 * entity may share an id; the numbers are shared by all kinds, so no two nodes get the same one.
 */
final class NodeNumbers {
    /** The kinds of node, each with its own ids (the importer's id groups of the string files). */
    enum Kind { ARTICLE, ENTITY, EVENT }

    private final Map<String, Long> articles = new HashMap<>();
    private final Map<String, Long> entities = new HashMap<>();
    private final Map<String, Long> events = new HashMap<>();
    private long next;

    /** The node's number, given now if it has none yet. */
    long of(Kind kind, String id) {
        Map<String, Long> numbers = map(kind);
        Long number = numbers.get(id);
        if (number == null) {
            number = next++;
            numbers.put(id, number);
        }
        return number;
    }

    /** How many numbers were given: the next one. */
    long count() {
        return next;
    }

    private Map<String, Long> map(Kind kind) {
        return switch (kind) {
            case ARTICLE -> articles;
            case ENTITY -> entities;
            case EVENT -> events;
        };
    }
}
