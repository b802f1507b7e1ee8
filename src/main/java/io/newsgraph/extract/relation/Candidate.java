package io.newsgraph.extract.relation;

import io.newsgraph.model.EntityType;

/**
 * An ordered pair of argument spans in one sentence (tokens [begin, end), 0-based) that the
 * classifier decides on: the head is the predicate's subject, the tail its object.
 */
public record Candidate(int sentence, int headBegin, int headEnd, EntityType headType, int tailBegin, int tailEnd,
                        EntityType tailType) {
    /** Whether some predicate could hold from a head of this type to a tail of that type. */
    public static boolean plausible(EntityType head, EntityType tail) {
        boolean actor = head == EntityType.PERSON || head == EntityType.ORGANIZATION;
        boolean target = tail == EntityType.PERSON || tail == EntityType.ORGANIZATION || tail == EntityType.LOCATION;
        return (actor && target) || (head == EntityType.LOCATION && tail == EntityType.LOCATION);
    }

    public boolean overlaps() {
        return headBegin < tailEnd && tailBegin < headEnd;
    }
}
