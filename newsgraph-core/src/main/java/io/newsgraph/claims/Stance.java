package io.newsgraph.claims;

/** What one statement does to its claim: supports it, denies it, or only entertains it. */
public enum Stance {
    SUPPORTS, DENIES, HYPOTHETICAL
}
