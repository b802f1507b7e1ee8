package io.newsgraph.ingest;

/** An input that cannot be read as an article; the message is the one line the user sees. */
final class RejectedInput extends Exception {
    RejectedInput(String message) {
        super(message, null, false, false);
    }
}
