package io.newsgraph.sink.neo4j;

/**
 * Neo4j could not be started, reached or used. The message is one line a user can act on
 * (which port, folder or URI, and what to do), never a password.
 */
public class Neo4jException extends RuntimeException {
    public Neo4jException(String message) {
        super(message);
    }

    public Neo4jException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of the innermost message, for errors that have no better explanation. */
    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
