package io.newsgraph.model;

import java.util.Locale;

/** Whether a statement says the thing happened or that it did not ("no warnings were issued"). */
public enum Polarity {
    POSITIVE, NEGATIVE;

    /** Computed once: json() runs for every fact and participant a sink writes. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String json() {
        return json;
    }

    public static Polarity parse(String s) {
        return s == null ? POSITIVE : valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
