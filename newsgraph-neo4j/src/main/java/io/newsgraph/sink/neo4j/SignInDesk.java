package io.newsgraph.sink.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time sign-in links into Neo4j Browser for one start of the embedded server whose password
 * was drawn at random (nobody can type it). Each link carries a random token of 192 bits that
 * works once and for {@link #LIFETIME}; tokens are compared in constant time. The web resource
 * finds the desk of the server it runs in through {@link #of(DatabaseManagementService)}.
 */
public final class SignInDesk {
    /** Long enough to open a link printed a moment ago; short enough that an old terminal log is useless. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final int TOKEN_BYTES = 24;
    private static final Map<DatabaseManagementService, SignInDesk> BY_SERVER = new ConcurrentHashMap<>();

    /** What a presented token gave. */
    public enum Outcome { SIGNED_IN, USED, EXPIRED, UNKNOWN }

    /** The answer to one token: the credentials and Bolt address only when signed in. */
    public record Redemption(Outcome outcome, Optional<EmbeddedCredentials> credentials, String boltUri) {
    }

    private record Ticket(byte[] token, Instant expires) {
    }

    private final EmbeddedCredentials credentials;
    private final String boltUri;
    private final String clientHost;
    private final Clock clock;
    private final List<Ticket> open = new ArrayList<>();
    private final List<byte[]> used = new ArrayList<>();

    SignInDesk(EmbeddedCredentials credentials, String boltUri, String clientHost, Clock clock) {
        this.credentials = credentials;
        this.boltUri = boltUri;
        this.clientHost = clientHost;
        this.clock = clock;
    }

    /** The desk of the server the caller runs in, if that server's password is random. */
    public static Optional<SignInDesk> of(DatabaseManagementService server) {
        return server == null ? Optional.empty() : Optional.ofNullable(BY_SERVER.get(server));
    }

    static void open(DatabaseManagementService server, SignInDesk desk) {
        BY_SERVER.put(server, desk);
    }

    static void close(DatabaseManagementService server) {
        BY_SERVER.remove(server);
    }

    /** A new token, valid once for {@link #LIFETIME}. */
    public synchronized String issue() {
        String token = EmbeddedCredentials.randomSecret(TOKEN_BYTES);
        open.add(new Ticket(bytes(token), clock.instant().plus(LIFETIME)));
        return token;
    }

    /** Spends a token: credentials for an open, unexpired one; why not otherwise. */
    public synchronized Redemption redeem(String presented) {
        byte[] p = bytes(presented == null ? "" : presented);
        Instant now = clock.instant();
        Ticket match = null;
        for (Ticket t : open) {
            // Every open ticket is compared, in constant time, so timing tells nothing about which matched.
            if (MessageDigest.isEqual(t.token(), p)) {
                match = t;
            }
        }
        if (match != null) {
            open.remove(match);
            used.add(match.token());
            if (now.isAfter(match.expires())) {
                return refused(Outcome.EXPIRED);
            }
            return new Redemption(Outcome.SIGNED_IN, Optional.of(credentials), boltUri);
        }
        boolean wasUsed = false;
        for (byte[] u : used) {
            wasUsed |= MessageDigest.isEqual(u, p);
        }
        return refused(wasUsed ? Outcome.USED : Outcome.UNKNOWN);
    }

    /**
     * True when a request names this machine as its host. A page on another name that a DNS
     * rebinding attack points at 127.0.0.1 still sends its own name, so it is turned away.
     */
    public boolean localHostHeader(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(java.util.Locale.ROOT);
        if (host.startsWith("[")) {
            host = host.substring(0, host.indexOf(']') + 1);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                || host.equals(clientHost.toLowerCase(java.util.Locale.ROOT));
    }

    private Redemption refused(Outcome outcome) {
        return new Redemption(outcome, Optional.empty(), boltUri);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
