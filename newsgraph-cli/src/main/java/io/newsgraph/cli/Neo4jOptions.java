package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.Neo4jException;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the graph goes: by default an embedded Neo4j (data in --data, Bolt and HTTP on
 * loopback); with --neo4j URI an external server. Shared by serve, load and run.
 */
public class Neo4jOptions {
    @Option(names = "--neo4j", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "External Neo4j (bolt://, neo4j://, +s/+ssc variants) instead of the embedded one. Env: NEO4J_URI.")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User name for --neo4j (default: ${DEFAULT-VALUE}). Env: NEO4J_USERNAME.")
    String user;

    // Never shown in help: the default comes from the environment.
    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            showDefaultValue = Visibility.NEVER,
            description = {"Password for --neo4j, or of user neo4j on the embedded server (which otherwise draws a random one",
                    "at each start and prints a one-time Browser sign-in link). Env: NEO4J_PASSWORD."})
    String password;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE:-neo4j}",
            description = "Database on an external server (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Data folder of the embedded server, kept between runs (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded server; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port of the embedded server and Neo4j Browser; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--listen", paramLabel = "ADDRESS", defaultValue = "localhost",
            description = "Address the embedded server listens on (default: ${DEFAULT-VALUE}). Anything but loopback needs your own --password.")
    String listen;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "512m",
            description = "Page cache of the embedded server, e.g. 512m or 2g (default: ${DEFAULT-VALUE}).")
    String pageCache;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + Neo4jLoader.DEFAULT_BATCH,
            description = "Rows per write transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    public int batchSize() {
        if (batchSize < 1) {
            throw new UserException(ExitCodes.USAGE, "--batch-size must be at least 1");
        }
        return batchSize;
    }

    public Path dataDir() {
        return data;
    }

    public EmbeddedSettings embeddedSettings() {
        for (int port : new int[] {boltPort, httpPort}) {
            if (port < 0 || port > 65535) {
                throw new UserException(ExitCodes.USAGE, "port " + port + " is outside 0..65535");
            }
        }
        EmbeddedSettings s = new EmbeddedSettings(data, listen, boltPort, httpPort, password, pageCacheBytes());
        if (!s.loopback() && !s.passwordChosen()) {
            throw new UserException(ExitCodes.USAGE, "--listen " + listen + " makes the database reachable from the "
                    + "network: set --password (or NEO4J_PASSWORD) so that you can sign in from there");
        }
        return s;
    }

    long pageCacheBytes() {
        String v = pageCache.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("k")) {
            unit = 1L << 10;
        } else if (v.endsWith("m")) {
            unit = 1L << 20;
        } else if (v.endsWith("g")) {
            unit = 1L << 30;
        }
        try {
            long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1).trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new UserException(ExitCodes.USAGE, "--page-cache " + pageCache + " is not a size such as 512m or 2g");
        }
    }

    /** Starts the embedded server or connects to --neo4j; Neo4j failures become one line and exit code 3. */
    public Neo4jTarget open() {
        return open(false);
    }

    /** As {@link #open()}, for the embedded server's first start on the store a bulk import has just written. */
    public Neo4jTarget openAfterBulkImport() {
        return open(true);
    }

    private Neo4jTarget open(boolean afterBulkImport) {
        try {
            if (external()) {
                return Neo4jTarget.external(uri, user, password, database);
            }
            EmbeddedSettings s = embeddedSettings();
            return Neo4jTarget.embedded(afterBulkImport ? s.startingAfterBulkImport() : s);
        } catch (Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, e.getMessage(), e);
        }
    }
}
