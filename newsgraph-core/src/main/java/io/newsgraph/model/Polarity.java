package io.newsgraph.model;

import java.util.Locale;

/** Whether a statement says the thing happened or that it did not ("no warnings were issued"). */
public enum Polarity {
    POSITIVE, NEGATIVE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity parse(String s) {
        return s == null ? POSITIVE : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
