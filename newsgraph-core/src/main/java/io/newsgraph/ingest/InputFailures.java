package io.newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;

/** The one-line reason a whole input could not be read, from what its reader threw. */
final class InputFailures {
    private InputFailures() {
    }

    static String describe(Throwable e) {
        if (e instanceof RejectedInput) {
            return e.getMessage();
        }
        if (e instanceof ZipException) {
            return "not a valid gzip file (" + e.getMessage() + ")";
        }
        if (e instanceof EOFException) {
            return "file is cut off (" + e.getMessage() + ")";
        }
        if (e instanceof IOException io) {
            return "cannot read (" + InputExpander.reason(io) + ")";
        }
        if (e instanceof UncheckedIOException u) {
            return "cannot read (" + InputExpander.reason(u.getCause()) + ")";
        }
        // A bug or a pathological input in one reader must not cost the user the other inputs.
        return "could not be read: internal error (" + e + "); please report it";
    }
}
