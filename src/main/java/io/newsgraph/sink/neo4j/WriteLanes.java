package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * One or two sessions that write at the same time: lane 0 on the loading thread, lane 1 on a
 * helper thread. Most of a load's time is the server's commit work for one transaction at a
 * time, so a second lane puts the second core to work. Callers hand the two lanes work that
 * touches disjoint nodes (see {@link DisjointRounds}), so the lanes never wait on each other's
 * locks. With one lane, both halves run one after the other on the loading thread.
 */
final class WriteLanes implements AutoCloseable {
    private final Driver driver;
    private final String database;
    private final Session[] sessions;
    private final ExecutorService helper;

    WriteLanes(Driver driver, String database, int lanes) {
        this.driver = driver;
        this.database = database;
        this.sessions = new Session[Math.max(1, Math.min(2, lanes))];
        this.helper = sessions.length > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-write-lane");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** 1 or 2. */
    int count() {
        return sessions.length;
    }

    /** The loading thread's session, for writes that do not run in lanes. */
    Session main() {
        return session(0);
    }

    /** Runs {@code work} on both halves, at the same time when there are two lanes; returns when both are done. */
    <T> void run(List<T> first, List<T> second, BiConsumer<Session, List<T>> work) {
        if (helper == null) {
            work.accept(main(), first);
            work.accept(main(), second);
            return;
        }
        Future<?> other = second.isEmpty() ? null : helper.submit(() -> work.accept(session(1), second));
        try {
            work.accept(main(), first);
        } finally {
            if (other != null) {
                await(other);
            }
        }
    }

    private Session session(int lane) {
        if (sessions[lane] == null) {
            sessions[lane] = driver.session(SessionConfig.forDatabase(database));
        }
        return sessions[lane];
    }

    private static void await(Future<?> other) {
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to Neo4j", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            for (Session s : sessions) {
                if (s != null) {
                    s.close();
                }
            }
        } finally {
            if (helper != null) {
                helper.shutdownNow();
            }
        }
    }
}
