package io.newsgraph.spark;

import io.newsgraph.sink.neo4j.Neo4jTarget;
import org.neo4j.driver.Driver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One verified Java Driver per Neo4j connection and JVM, shared by every task of an executor (a
 * driver holds a connection pool and is safe for concurrent sessions): connecting once per
 * partition and write step would cost a handshake and a version check each time. Closed when the
 * JVM exits.
 */
final class BoltDrivers {
    private static final Map<Neo4jConnection, Neo4jTarget> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BoltDrivers::closeAll, "newsgraph-bolt-drivers"));
    }

    private BoltDrivers() {
    }

    static Driver get(Neo4jConnection c) {
        return OPEN.computeIfAbsent(c, k -> Neo4jTarget.external(k.uri(), k.user(), k.password(), k.database())).driver();
    }

    private static void closeAll() {
        OPEN.values().forEach(t -> {
            try {
                t.close();
            } catch (RuntimeException e) {
                // the JVM is exiting; the server drops the connections anyway
            }
        });
        OPEN.clear();
    }
}
