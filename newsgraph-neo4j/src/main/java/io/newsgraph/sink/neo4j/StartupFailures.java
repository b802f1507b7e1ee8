package io.newsgraph.sink.neo4j;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the nested RuntimeException that a failed embedded start throws into one line naming
 * the port or folder and what to do.
 */
final class StartupFailures {
    private StartupFailures() {
    }

    static Neo4jException portBusy(String host, int port, String option) {
        return new Neo4jException("port " + port + " on " + host + " is already in use (another Neo4j or newsgraph "
                + "serve?): stop it, or choose another port with " + option + " PORT (0 picks a free one)");
    }

    static Neo4jException explain(RuntimeException e, Path dataDir, String host, int bolt, int http) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof BindException || m.contains("address already in use")) {
                int port = m.contains(String.valueOf(http)) && !m.contains(String.valueOf(bolt)) ? http : bolt;
                return new Neo4jException("port " + (m.contains(":" + http) ? http : port) + " on " + host
                        + " is already in use: stop the other server or choose --bolt-port/--http-port (0 picks a free one)", e);
            }
            if (t.getClass().getSimpleName().equals("FileLockException") || m.contains("lock file has been locked")
                    || m.contains("locked by another process")) {
                return new Neo4jException("the data folder " + dataDir + " is in use by another Neo4j process "
                        + "(another 'newsgraph serve'?): stop it, or use another folder with --data DIR", e);
            }
            if (t instanceof AccessDeniedException) {
                return new Neo4jException("cannot write to " + t.getMessage() + " in the data folder " + dataDir
                        + ": fix its permissions or choose another with --data DIR", e);
            }
        }
        return new Neo4jException("embedded Neo4j could not start with data folder " + dataDir + ": "
                + Neo4jException.firstLine(e), e);
    }
}
