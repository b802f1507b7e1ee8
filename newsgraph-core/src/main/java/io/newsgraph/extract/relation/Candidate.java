package io.newsgraph.extract.relation;

import io.newsgraph.model.EntityType;

/**
 * An ordered pair of arguments in one sentence that the classifier decides on: the head is the
 * predicate's subject, the tail its object. Each argument is a mention or a wider reading of it
 * ({@link ArgumentSpans}); candidates over the same two mentions form one group, of which at most
 * one becomes a relation.
 */
public record Candidate(int sentence, Argument head, Argument tail) {
    /**
     * Tokens [begin, end) of the sentence (0-based) read as one argument, the mention [mentionBegin,
     * mentionEnd) it was read from, and how it was widened ("" for the mention itself).
     */
    public record Argument(int begin, int end, EntityType type, int mentionBegin, int mentionEnd, String variant) {
        public static Argument of(int begin, int end, EntityType type) {
            return new Argument(begin, end, type, begin, end, "");
        }

        public Argument widened(int newBegin, int newEnd, String how) {
            return new Argument(newBegin, newEnd, type, mentionBegin, mentionEnd, variant.isEmpty() ? how : variant + "+" + how);
        }
    }

    /** Whether some predicate could hold from a head of this type to a tail of that type. */
    public static boolean plausible(EntityType head, EntityType tail) {
        return !ArgumentTypes.allowed(head, tail).isEmpty();
    }

    public int headBegin() {
        return head.begin();
    }

    public int headEnd() {
        return head.end();
    }

    public EntityType headType() {
        return head.type();
    }

    public int tailBegin() {
        return tail.begin();
    }

    public int tailEnd() {
        return tail.end();
    }

    public EntityType tailType() {
        return tail.type();
    }

    /** The two mentions this candidate reads, whatever widening: candidates with the same key compete. */
    public String group() {
        return sentence + ":" + head.mentionBegin() + "-" + head.mentionEnd() + ">" + tail.mentionBegin() + "-" + tail.mentionEnd();
    }

    public boolean overlaps() {
        return head.begin() < tail.end() && tail.begin() < head.end();
    }
}
