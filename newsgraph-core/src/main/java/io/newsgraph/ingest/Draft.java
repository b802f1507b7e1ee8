package io.newsgraph.ingest;

/**
 * An article as a reader found it, before cleaning and id assignment. Any field but
 * {@code text} may be null; {@code line} is the 1-based line of a JSON Lines record, else 0.
 */
record Draft(String id, String title, String source, String published, String url, String author,
             String text, int line) {
    static Draft ofText(String text) {
        return new Draft(null, null, null, null, null, null, text, 0);
    }
}
