package io.newsgraph.sink.neo4j;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neo4j 5.26 Community in this JVM, with Bolt, HTTP and Neo4j Browser. Everything else in
 * newsgraph talks to it over Bolt with the Java Driver, exactly as to an external server.
 * Auth is always on, even on loopback: any web page open on this machine can reach loopback
 * ports (Bolt over WebSocket is outside CORS, and DNS rebinding defeats the same-origin rule).
 * The password is the user's, or one drawn at random for this start and kept only in memory;
 * for the random one, {@link #signInLink()} gives one-time links that open Browser signed in.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** Where the Browser guide, style and sign-in page are served. */
    public static final String GUIDE_MOUNT = "/newsgraph";
    /**
     * The JAX-RS resources Neo4j mounts at {@link #GUIDE_MOUNT}, named by package rather than by a
     * class, because those resources call back into this package (the guide, the sign-in desk) and
     * a class reference here would make the two packages import each other. EmbeddedNeo4jTest checks
     * the name against the resources' real package.
     */
    static final String WEB_RESOURCES_PACKAGE = "io.newsgraph.sink.neo4j.web";
    /** Lucene's merge factor while the indexes of a bulk-imported store are first populated (Neo4j's is 2). */
    private static final int BULK_MERGE_FACTOR = 10;

    private final EmbeddedSettings settings;
    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final int httpPort;
    private final EmbeddedCredentials credentials;
    private final SignInDesk desk;

    private EmbeddedNeo4j(EmbeddedSettings settings, DatabaseManagementService dbms, int boltPort, int httpPort,
                          EmbeddedCredentials credentials) {
        this.settings = settings;
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
        this.credentials = credentials;
        this.desk = credentials.chosenByUser() ? null
                : new SignInDesk(credentials, boltUri(), settings.clientHost(), Clock.systemUTC());
    }

    /**
     * Starts the server. Failures a user can fix (busy port, store locked by another process,
     * data folder not writable, a random password on a public address) come back as
     * {@link Neo4jException} with one line saying what to do.
     */
    public static EmbeddedNeo4j start(EmbeddedSettings s) {
        if (!s.passwordChosen() && !s.loopback()) {
            throw new Neo4jException("--listen " + s.listenHost() + " is not a loopback address: set --password "
                    + "(or NEO4J_PASSWORD) so that you can sign in from there");
        }
        Path dir = s.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Neo4jException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new Neo4jException("the data folder " + dir + " is not writable: choose another with --data DIR");
        }
        int bolt = s.boltPort() == 0 ? freePort(s.httpPort()) : s.boltPort();
        int http = s.httpPort() == 0 ? freePort(bolt) : s.httpPort();
        if (bolt == http) {
            throw new Neo4jException("--bolt-port and --http-port are both " + bolt + ": choose two different ports");
        }
        checkPortFree(s.listenHost(), bolt, "--bolt-port");
        checkPortFree(s.listenHost(), http, "--http-port");
        EmbeddedCredentials credentials = s.passwordChosen() ? EmbeddedCredentials.chosen(s.password())
                : EmbeddedCredentials.random();
        long t0 = System.nanoTime();
        Optional<Path> guard = DefaultPasswordGuard.write(dir);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dir).setConfig(config(s, bolt, http, credentials)).build();
        } catch (RuntimeException e) {
            DefaultPasswordGuard.remove(guard);
            throw StartupFailures.explain(e, dir, s.listenHost(), bolt, http);
        }
        EmbeddedNeo4j server = new EmbeddedNeo4j(s, dbms, bolt, http, credentials);
        try {
            server.setPassword(credentials.password());
        } catch (RuntimeException e) {
            server.close();
            throw new Neo4jException("could not set the password of user neo4j: " + Neo4jException.firstLine(e), e);
        } finally {
            DefaultPasswordGuard.remove(guard);
        }
        if (server.desk != null) {
            SignInDesk.open(dbms, server.desk);
        }
        LOG.debug("embedded Neo4j ready in {} ms: bolt {} http {} data {}", (System.nanoTime() - t0) / 1_000_000,
                bolt, http, dir);
        return server;
    }

    static Map<org.neo4j.graphdb.config.Setting<?>, Object> config(EmbeddedSettings s, int bolt, int http,
                                                                         EmbeddedCredentials credentials) {
        String host = s.clientHost();
        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>(Map.ofEntries(
                Map.entry(GraphDatabaseSettings.auth_enabled, true),
                // Failed logins lock the user for a while to slow guessing. Nobody can guess a random
                // password, but any web page could keep newsgraph's own loader locked out that way.
                Map.entry(GraphDatabaseSettings.auth_max_failed_attempts, credentials.chosenByUser() ? 3 : 0),
                // Browser, its discovery document and newsgraph's pages (guide, style, sign-in) load
                // before any login; everything else, the HTTP query API included, needs the password.
                Map.entry(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", GUIDE_MOUNT + "/.*")),
                // Neo4j's default lets every web page read the HTTP API's answers ("*").
                Map.entry(ServerSettings.http_access_control_allow_origin, "http://" + host + ":" + http),
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress(s.listenHost(), bolt)),
                // Without these the Browser and routing tables point at 7687/7474 whatever the real ports.
                Map.entry(BoltConnector.advertised_address, new SocketAddress(host, bolt)),
                Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                Map.entry(HttpConnector.enabled, true),
                Map.entry(HttpConnector.listen_address, new SocketAddress(s.listenHost(), http)),
                Map.entry(HttpConnector.advertised_address, new SocketAddress(host, http)),
                Map.entry(HttpsConnector.enabled, false),
                // Shutdown otherwise waits about 12 s for idle Bolt connections.
                Map.entry(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO),
                Map.entry(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO),
                Map.entry(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(1)),
                // Neo4j's heuristic would take most of the machine's memory.
                Map.entry(GraphDatabaseSettings.pagecache_memory, s.pageCacheBytes()),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, "256M size"),
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                Map.entry(ServerSettings.allow_telemetry, false),
                // :play of the newsgraph guide is served by this server, under the name clients use for it.
                Map.entry(ServerSettings.browser_remote_content_hostname_whitelist, "guides.neo4j.com,localhost," + host),
                // A new user lands on the newsgraph guide as soon as Browser connects.
                Map.entry(ServerSettings.browser_post_connect_cmd, "play http://" + host + ":" + http + GUIDE_MOUNT + "/guide"),
                Map.entry(ServerSettings.third_party_packages,
                        List.of(new ThirdPartyJaxRsPackage(WEB_RESOURCES_PACKAGE, GUIDE_MOUNT)))));
        if (s.afterBulkImport()) {
            // Neo4j merges the segments of a Lucene index whenever two of a size exist (merge factor
            // 2), and a full-text index flips online only after those merges: they were a quarter of
            // populating entity_names after a bulk import of 300k entities. Lucene's own default of
            // 10 leaves a few segments, which the next starts merge as the index changes.
            config.put(LuceneSettings.lucene_merge_factor, BULK_MERGE_FACTOR);
        }
        return config;
    }

    /** Sets the neo4j user's password through the embedded system database (no Bolt, no auth needed). */
    private void setPassword(String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    /**
     * A port free now and other than {@code taken}: the system may hand out a port it just gave to
     * a socket that closed, so two free ports asked for one after the other can be the same.
     */
    private static int freePort(int taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (socket.getLocalPort() != taken) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new Neo4jException("could not find a free port: " + e.getMessage(), e);
            }
        }
        throw new Neo4jException("could not find a free port other than " + taken);
    }

    /** Fails early and clearly rather than after six seconds of start-up with a nested exception. */
    private static void checkPortFree(String host, int port, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            throw StartupFailures.portBusy(host, port, option);
        }
    }

    public int boltPort() {
        return boltPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    public String boltUri() {
        return "bolt://" + settings.clientHost() + ":" + boltPort;
    }

    public String httpUri() {
        return "http://" + settings.clientHost() + ":" + httpPort;
    }

    /** Browser with the user name filled in: the login form then asks only for the password. */
    public String browserUrl() {
        return httpUri() + "/browser/?preselectAuthMethod=BASIC&dbms=bolt://" + credentials.user() + "@"
                + settings.clientHost() + ":" + boltPort;
    }

    /**
     * A new one-time link that opens Browser signed in, for a server whose password is random
     * (nobody could type it); empty when the user chose the password.
     */
    public Optional<String> signInLink() {
        return Optional.ofNullable(desk).map(d -> httpUri() + GUIDE_MOUNT + "/signin?token=" + d.issue());
    }

    /** The neo4j user's password for this start; only for connecting from this process. */
    public EmbeddedCredentials credentials() {
        return credentials;
    }

    /** The URL to give Browser's {@code :play} command for the newsgraph guide. */
    public String guideUrl() {
        return httpUri() + GUIDE_MOUNT + "/guide";
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        long t0 = System.nanoTime();
        SignInDesk.close(dbms);
        dbms.shutdown();
        LOG.debug("embedded Neo4j stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
