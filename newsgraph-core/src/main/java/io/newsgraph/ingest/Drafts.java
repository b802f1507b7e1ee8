package io.newsgraph.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The drafts of one input, handed out one at a time, so a corpus of any size is read a line
 * ahead of its use and never held whole. A problem with the whole input is thrown as
 * {@link RejectedInput}, possibly after some drafts (a gzip stream corrupt half-way).
 */
interface Drafts extends AutoCloseable {
    /** The next draft, or null when the input is used up. */
    Draft next() throws IOException, RejectedInput;

    @Override
    void close() throws IOException;

    /** The drafts of an input read whole (a text, Markdown or HTML file: one article each). */
    static Drafts of(List<Draft> drafts) {
        Iterator<Draft> it = drafts.iterator();
        return new Drafts() {
            @Override
            public Draft next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
