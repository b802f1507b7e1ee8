package io.newsgraph.sink.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The embedded server on its own, for tests whose JVM cannot hold it (the Spark module: Spark's
 * Netty 4.2 and the server's Netty 4.1 do not share a classpath). {@code java -cp ...
 * io.newsgraph.sink.neo4j.ServerProcess DATA_DIR} starts it on loopback on free ports, with the
 * password read from NEO4J_PASSWORD, prints {@code bolt://localhost:PORT} on one line, and stops
 * when its standard input is closed (so it never outlives the test that started it).
 */
public final class ServerProcess {
    private ServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ServerProcess DATA_DIR (password in NEO4J_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv("NEO4J_PASSWORD");
        EmbeddedSettings settings = new EmbeddedSettings(Path.of(args[0]), "localhost", 0, 0, password,
                EmbeddedSettings.DEFAULT_PAGE_CACHE);
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(settings)) {
            System.out.println(server.boltUri());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
        System.exit(0);
    }
}
