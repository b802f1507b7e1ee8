package io.newsgraph.sink.neo4j;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Closes the moment between "the server listens" and "newsgraph has set the password". A new
 * store, or one an older newsgraph ran with auth off, still has Neo4j's default neo4j/neo4j: a
 * web page polling the Bolt port could sign in with it in that moment and set a password of its
 * own. While the system database starts, before any connector listens, Neo4j replaces the
 * default password of such a store with the one in the auth folder's auth.ini (the file
 * {@code neo4j-admin dbms set-initial-password} writes). The file written here holds the hash of
 * a random password that is forgotten at once, so nobody can use it; newsgraph then sets the
 * real password through the system database and removes the file.
 */
final class DefaultPasswordGuard {
    private DefaultPasswordGuard() {
    }

    /**
     * Writes the auth.ini of a store in {@code home} unless one is there already (a user's own
     * set-initial-password stays theirs). Returns the file to remove after the start.
     */
    static Optional<Path> write(Path home) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        if (Files.exists(file)) {
            return Optional.empty();
        }
        byte[] forgotten = EmbeddedCredentials.randomSecret(24).getBytes(StandardCharsets.UTF_8);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Files.createDirectories(file.getParent());
            FileUserRepository repository = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            repository.start();
            repository.create(new User(EmbeddedCredentials.USER, null,
                    SystemGraphCredential.createCredentialForPassword(forgotten, new SecureHasher()), false, false));
            repository.shutdown();
            return Optional.of(file);
        } catch (Exception e) {
            throw new Neo4jException("cannot prepare the data folder " + home + " for auth: " + Neo4jException.firstLine(e), e);
        }
    }

    static void remove(Optional<Path> file) {
        file.ifPresent(f -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // Harmless if left: it only holds the hash of a password nobody knows.
            }
        });
    }
}
