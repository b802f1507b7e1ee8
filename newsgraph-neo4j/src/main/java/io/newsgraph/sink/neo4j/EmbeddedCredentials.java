package io.newsgraph.sink.neo4j;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The neo4j user's password for one start of the embedded server: the user's own (--password),
 * or one drawn at random for this start. A random one lives only in this object: newsgraph
 * never prints, logs or writes it, and Neo4j keeps only a salted hash of it.
 *
 * @param chosenByUser false when the password was drawn at random for this start
 */
public record EmbeddedCredentials(String user, String password, boolean chosenByUser) {
    /** The user the embedded server's password is set for (Neo4j Community has no other). */
    public static final String USER = "neo4j";
    /** 24 random bytes (192 bits) as 32 URL-safe characters: over Neo4j's 8-character minimum. */
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    public EmbeddedCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    static EmbeddedCredentials chosen(String password) {
        return new EmbeddedCredentials(USER, password, true);
    }

    static EmbeddedCredentials random() {
        return new EmbeddedCredentials(USER, randomSecret(RANDOM_BYTES), false);
    }

    /** A URL-safe random string of {@code bytes} random bytes, for passwords and sign-in tokens. */
    static String randomSecret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Never the password: records print every field, and this one may end up in a log line. */
    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + user + ", password=(hidden), chosenByUser=" + chosenByUser + "]";
    }
}
