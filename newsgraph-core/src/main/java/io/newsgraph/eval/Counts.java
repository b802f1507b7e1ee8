package io.newsgraph.eval;

/** True positives, false positives and false negatives of one predicate (or of all, for micro scores). */
public record Counts(int correct, int wrong, int missed) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(correct + o.correct, wrong + o.wrong, missed + o.missed);
    }

    public int gold() {
        return correct + missed;
    }

    public int found() {
        return correct + wrong;
    }

    public double precision() {
        return found() == 0 ? 0 : (double) correct / found();
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) correct / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
