package io.newsgraph.cli;

import io.newsgraph.sink.neo4j.EmbeddedNeo4j;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.SignInDesk;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** Keeping a Neo4j target open for the user until Ctrl-C, as serve and 'run --serve' share it. */
public final class Serving {
    /** Servers running in this JVM; tests stop them with {@link #stopAll()} instead of a signal. */
    private static final Set<CountDownLatch> RUNNING = ConcurrentHashMap.newKeySet();

    private Serving() {
    }

    /**
     * Prints where to browse, then blocks until Ctrl-C (or {@link #stopAll()}), and closes the
     * target. Used by serve and 'run --serve'.
     */
    static void untilStopped(Neo4jTarget target, PrintWriter out) {
        CountDownLatch stop = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        // Synchronized, not just once: on Ctrl-C the hook and the woken main thread both get here,
        // and the hook must not return (letting the JVM halt) while the other is still closing.
        Runnable shutdown = () -> {
            synchronized (closed) {
                if (closed.compareAndSet(false, true)) {
                    long t0 = System.nanoTime();
                    target.close();
                    out.println("Neo4j stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms.");
                    out.flush();
                }
            }
        };
        // On Ctrl-C the JVM runs hooks and exits without returning here: the hook must close the store itself.
        Thread hook = new Thread(() -> {
            stop.countDown();
            shutdown.run();
        }, "newsgraph-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        RUNNING.add(stop);
        printWhereToBrowse(target, out);
        out.println("Serving until Ctrl-C.");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(stop);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook does the closing.
            }
            shutdown.run();
        }
    }

    /**
     * The Browser address: a one-time sign-in link when the password is random (nobody can type
     * it), the login form with the user filled in when it is the user's own. Never the password.
     */
    private static void printWhereToBrowse(Neo4jTarget target, PrintWriter out) {
        EmbeddedNeo4j server = target.server().orElse(null);
        if (server == null) {
            out.println("Neo4j Browser: " + target.browserUrl());
            return;
        }
        Optional<String> link = server.signInLink();
        if (link.isPresent()) {
            out.println("Neo4j Browser: " + link.get());
            out.println("  (a sign-in link: it works once, within " + SignInDesk.LIFETIME.toMinutes() + " minutes, and "
                    + "opens Browser signed in with this start's random password, which is never shown)");
            out.println("Bolt: " + server.boltUri() + "   (to load into it from another process while it serves, "
                    + "start serve with --password or NEO4J_PASSWORD)");
        } else {
            out.println("Neo4j Browser: " + target.browserUrl() + "   (user neo4j, your --password)");
            out.println("Bolt: " + server.boltUri() + "   (newsgraph load --neo4j " + server.boltUri()
                    + " with NEO4J_PASSWORD set adds to it)");
        }
        out.println("Guide: run  :play " + server.guideUrl() + "  in Browser");
    }

    /** Asks every server started by serve in this JVM to stop, as Ctrl-C would. */
    public static void stopAll() {
        RUNNING.forEach(CountDownLatch::countDown);
    }

    /** True while a serve in this JVM is waiting for Ctrl-C (for tests). */
    public static boolean serving() {
        return !RUNNING.isEmpty();
    }
}
