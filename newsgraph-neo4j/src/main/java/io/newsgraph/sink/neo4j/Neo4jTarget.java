package io.newsgraph.sink.neo4j;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Neo4j a command works with: the embedded server it starts, or an external one at a URI.
 * Either way callers get a verified Java Driver, the database name and a Browser URL, so the
 * loader and the reader have one code path. Closing it closes the driver and stops an embedded
 * server.
 */
public final class Neo4jTarget implements AutoCloseable {
    /** The one database of the embedded server (Community edition: one user database). */
    public static final String EMBEDDED_DATABASE = "neo4j";

    /** How long connecting and the first query may take before we give up with a clear message. */
    static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(8);
    /**
     * The embedded server has already started in this process, so only a busy machine can delay
     * its first answer: measured over 8 s at a load average of 14 on 2 cores. Wait longer for it.
     */
    static final Duration EMBEDDED_VERIFY_TIMEOUT = Duration.ofSeconds(60);
    /** How long the driver retries a transaction that failed on a lost connection or a transient error. */
    static final Duration RETRY_TIME = Duration.ofSeconds(15);
    /**
     * A shorter retry time, in seconds, for the fault tests: a load whose server stops waits it
     * out before it reports the failure. Read at each connect, as {@link LoadLease}'s lease time is.
     */
    static final String RETRY_PROPERTY = "newsgraph.neo4j.retrySeconds";

    private final Driver driver;
    private final String database;
    private final String description;
    private final String browserUrl;
    private final EmbeddedNeo4j server;

    private Neo4jTarget(Driver driver, String database, String description, String browserUrl, EmbeddedNeo4j server) {
        this.driver = driver;
        this.database = database;
        this.description = description;
        this.browserUrl = browserUrl;
        this.server = server;
    }

    /** Starts the embedded server and connects to it over Bolt. */
    public static Neo4jTarget embedded(EmbeddedSettings settings) {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(settings);
        try {
            AuthToken auth = AuthTokens.basic(server.credentials().user(), server.credentials().password());
            Driver driver = connect(server.boltUri(), auth, EMBEDDED_DATABASE, "embedded Neo4j at " + server.boltUri(),
                    EMBEDDED_VERIFY_TIMEOUT);
            return new Neo4jTarget(driver, EMBEDDED_DATABASE, "embedded Neo4j at " + server.boltUri() + " (data "
                    + settings.dataDir().toAbsolutePath().normalize() + ")", server.browserUrl(), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Connects to an external server: bolt://, neo4j:// (clusters) and their +s/+ssc variants.
     * A null user or password means no auth.
     */
    public static Neo4jTarget external(String uri, String user, String password, String database) {
        Objects.requireNonNull(uri, "uri");
        String db = database == null || database.isBlank() ? "neo4j" : database;
        String safe = redact(uri);
        URI parsed = parse(uri, safe);
        AuthToken auth = password == null ? AuthTokens.none()
                : AuthTokens.basic(user == null || user.isBlank() ? "neo4j" : user, password);
        Driver driver = connect(uri, auth, db, "Neo4j at " + safe, VERIFY_TIMEOUT);
        requireSupportedServer(driver, db, "Neo4j at " + safe);
        String host = parsed.getHost();
        String userPart = password == null ? "" : (user == null || user.isBlank() ? "neo4j" : user) + "@";
        // A guess: the server's Browser on the default HTTP port of the same host.
        String browser = "http://" + host + ":7474/browser/?dbms=" + parsed.getScheme() + "://" + userPart + host
                + ":" + (parsed.getPort() < 0 ? 7687 : parsed.getPort()) + "&db=" + db;
        return new Neo4jTarget(driver, db, "Neo4j at " + safe + " (database " + db + ")", browser, null);
    }

    /**
     * The loader writes relationship types and labels given as parameters ({@code $(...)}),
     * which Cypher has from Neo4j 5.26 on; an older server would fail on the first write with a
     * syntax error, so it is refused up front with its version named.
     */
    private static void requireSupportedServer(Driver driver, String database, String what) {
        String agent = driver.executableQuery("RETURN 1").withConfig(QueryConfig.builder().withDatabase(database).build())
                .execute().summary().server().agent();
        if (!supportedAgent(agent)) {
            driver.closeAsync();
            throw new Neo4jException(what + " runs " + agent + "; newsgraph needs Neo4j 5.26 or newer "
                    + "(docker-compose.yml starts one)");
        }
    }

    private static final Pattern SERVER_VERSION = Pattern.compile("Neo4j/(\\d+)\\.(\\d+)");

    /** "Neo4j/5.26.18", "Neo4j/2025.10.1": 5.26 and later, including calendar versions; an unknown agent passes. */
    static boolean supportedAgent(String agent) {
        Matcher m = SERVER_VERSION.matcher(agent == null ? "" : agent);
        if (!m.find()) {
            return true;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 5 || (major == 5 && minor >= 26);
    }

    private static URI parse(String uri, String safe) {
        try {
            URI u = new URI(uri);
            String scheme = u.getScheme() == null ? "" : u.getScheme();
            if (!scheme.matches("bolt|neo4j|bolt\\+s|bolt\\+ssc|neo4j\\+s|neo4j\\+ssc") || u.getHost() == null) {
                throw new Neo4jException("--neo4j " + safe + " is not a Neo4j URI: use bolt://HOST:7687, neo4j://HOST:7687 "
                        + "or their +s / +ssc variants");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new Neo4jException("--neo4j " + safe + " is not a valid URI: " + e.getReason());
        }
    }

    static Duration retryTime() {
        return SecondsProperty.read(RETRY_PROPERTY, RETRY_TIME);
    }

    private static Driver connect(String uri, AuthToken auth, String database, String what, Duration timeout) {
        Config config = Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(retryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withLogging(Logging.slf4j())
                .withUserAgent("newsgraph")
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config);
        } catch (IllegalArgumentException e) {
            throw new Neo4jException(what + ": " + Neo4jException.firstLine(e));
        }
        try {
            // Bounded: a routing driver may retry an unreachable cluster for much longer.
            CompletableFuture.runAsync(() -> driver.executableQuery("RETURN 1")
                            .withConfig(QueryConfig.builder().withDatabase(database).build()).execute())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return driver;
        } catch (TimeoutException e) {
            driver.closeAsync();
            throw new Neo4jException(what + " did not answer within " + timeout.toSeconds()
                    + " s: check the address and that the server is running");
        } catch (ExecutionException e) {
            driver.closeAsync();
            throw explain(e.getCause(), what, database);
        } catch (InterruptedException e) {
            driver.closeAsync();
            Thread.currentThread().interrupt();
            throw new Neo4jException(what + ": interrupted while connecting");
        }
    }

    static Neo4jException explain(Throwable e, String what, String database) {
        if (e instanceof AuthenticationException) {
            return new Neo4jException(what + " refused the credentials: check --user and --password "
                    + "(or NEO4J_USERNAME / NEO4J_PASSWORD)", e);
        }
        if (e instanceof SecurityException) {
            return new Neo4jException(what + ": security error: " + Neo4jException.firstLine(e), e);
        }
        if (e instanceof ServiceUnavailableException) {
            return new Neo4jException("cannot reach " + what + ": " + Neo4jException.firstLine(e)
                    + " (is the server running? see docker-compose.yml)", e);
        }
        if (e instanceof ClientException ce && ce.code() != null && ce.code().contains("DatabaseNotFound")) {
            return new Neo4jException(what + " has no database '" + database + "': check --database", e);
        }
        return new Neo4jException(what + ": " + Neo4jException.firstLine(e), e);
    }

    /** The URI without any user info, so a password written into it never reaches a log. */
    static String redact(String uri) {
        return uri.replaceAll("(?<=://)[^/@]*@", "");
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    /** For messages: where this is, never with a password. */
    public String description() {
        return description;
    }

    public String browserUrl() {
        return browserUrl;
    }

    public Optional<EmbeddedNeo4j> server() {
        return Optional.ofNullable(server);
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
