package io.newsgraph.sink.neo4j;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the embedded server. A port of 0 means "pick a free one". Auth is always on:
 * {@code password} is the user's own, or null for a random one drawn at each start, which is
 * only allowed when {@code listenHost} is a loopback address (nobody could sign in from elsewhere).
 * {@code afterBulkImport} marks the start that follows a bulk import, whose first job is to build
 * every index of the new store ({@link #startingAfterBulkImport()}).
 */
public record EmbeddedSettings(Path dataDir, String listenHost, int boltPort, int httpPort, String password,
                               long pageCacheBytes, boolean afterBulkImport) {
    public static final long DEFAULT_PAGE_CACHE = 512L * 1024 * 1024;

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        listenHost = listenHost == null || listenHost.isBlank() ? "localhost" : listenHost.trim();
        if (password != null && password.isEmpty()) {
            password = null;
        }
    }

    /** Settings for an ordinary start. */
    public EmbeddedSettings(Path dataDir, String listenHost, int boltPort, int httpPort, String password, long pageCacheBytes) {
        this(dataDir, listenHost, boltPort, httpPort, password, pageCacheBytes, false);
    }

    /** The same settings for the start after a bulk import, which populates every index at once. */
    public EmbeddedSettings startingAfterBulkImport() {
        return new EmbeddedSettings(dataDir, listenHost, boltPort, httpPort, password, pageCacheBytes, true);
    }

    public static EmbeddedSettings loopback(Path dataDir, int boltPort, int httpPort) {
        return new EmbeddedSettings(dataDir, "localhost", boltPort, httpPort, null, DEFAULT_PAGE_CACHE);
    }

    /** True when the user gave the password; otherwise each start draws a random one. */
    public boolean passwordChosen() {
        return password != null;
    }

    /** True for localhost, 127.0.0.0/8 and ::1; a name that does not resolve counts as not loopback. */
    public boolean loopback() {
        try {
            for (InetAddress a : InetAddress.getAllByName(listenHost)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The host name clients on this machine use: the listen host, or localhost for a wildcard. */
    public String clientHost() {
        return listenHost.equals("0.0.0.0") || listenHost.equals("::") || listenHost.equals("[::]")
                ? "localhost" : listenHost;
    }

    /** Never the password: records print every field, and settings may end up in a log line. */
    @Override
    public String toString() {
        return "EmbeddedSettings[dataDir=" + dataDir + ", listenHost=" + listenHost + ", boltPort=" + boltPort
                + ", httpPort=" + httpPort + ", password=" + (password == null ? "(random)" : "(hidden)")
                + ", pageCacheBytes=" + pageCacheBytes + ", afterBulkImport=" + afterBulkImport + "]";
    }
}
