package io.newsgraph.eval;

/**
 * Why an annotated entity was missed or a found mention was wrong, from how the two overlap. Each
 * missed entity and each wrong mention gets exactly one kind, so the kinds add up to the misses and
 * the wrong mentions of the entity score.
 */
public enum EntityDefect {
    /** The exact characters, another type. */
    TYPE("right span, wrong type"),
    /** One annotated name came out as two or more mentions ("South" + "America"). */
    SPLIT("split"),
    /** One mention spans two or more annotated names ("Paris AFP"). */
    MERGED("merged"),
    /** The mention holds the annotated name and more ("President Lincoln" for "Lincoln"). */
    TOO_LONG("too long"),
    /** The mention is part of the annotated name ("Gulf" for "Persian Gulf"). */
    TOO_SHORT("too short"),
    /** The two overlap and each has characters the other lacks. */
    SHIFTED("shifted"),
    /** No mention touches the annotated name. */
    NOT_FOUND("not found"),
    /** The mention touches only a name the score leaves out (CoNLL04's Other). */
    UNSCORED_ENTITY("on an unscored entity"),
    /** The mention touches no annotated name at all. */
    SPURIOUS("spurious");

    private final String description;

    EntityDefect(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
