package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The rows of {@link ImportFiles}'s facts table, built on a thread of their own. Turning a fact's
 * evidence into its ten lists and packing the row (or formatting it as CSV) was 45 % of building
 * the tables of a million facts, all on the thread that also reads the input and numbers the
 * nodes; here it runs beside that thread, in the order the facts came.
 *
 * <p>The caller hands each fact over with its ends' node numbers, in batches; {@link #finish()}
 * waits for the last row. A failure on the row thread (a file that cannot be written) comes back
 * to the caller at its next hand-over or at {@link #finish()}.
 */
final class FactRows {
    /** Evidence lists that hold numbers; every other one holds strings. */
    private static final Map<String, String> LIST_TYPES = Map.of("evidenceSentences", "long[]", "evidenceStarts", "long[]",
            "evidenceEnds", "long[]", "evidenceConfidences", "double[]");
    private static final int BATCH = 1024;
    /** Batches handed over and not yet written: bounds what waits in memory when the row thread is the slower. */
    private static final int QUEUED = 8;
    private static final Batch END = new Batch();

    private final ImportTable table;
    private final String loadedAt;
    private final int columns;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile RuntimeException failure;
    private Batch batch = new Batch();

    /** The facts of a batch, with the node numbers of their ends. */
    private static final class Batch {
        final Fact[] facts = new Fact[BATCH];
        final long[] subjects = new long[BATCH];
        final long[] objects = new long[BATCH];
        int size;
    }

    /** Starts the row thread on {@code table}, whose header is {@link #header(String)}. */
    FactRows(ImportTable table, String loadedAt) {
        this.table = table;
        this.loadedAt = loadedAt;
        this.columns = header("").size();
        this.thread = new Thread(this::run, "newsgraph-fact-rows");
        thread.setDaemon(true);
        thread.start();
    }

    /** The facts table's header, the last column the {@code loadedAt} stamp of the given header type. */
    static List<String> header(String stamp) {
        List<String> h = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE", "factId", "polarity",
                "modality", "attributedTo", "role", "date", "event"));
        // The evidence lists as the loader writes them, whatever lists EvidenceLists holds.
        EvidenceLists.PROPERTIES.forEach(name -> h.add(name + ":" + LIST_TYPES.getOrDefault(name, "string[]")));
        h.addAll(List.of("confidence:double", "articleCount:long", stamp));
        return h;
    }

    /** Hands a fact over; its row is built on the row thread. */
    void add(long subject, long object, Fact f) {
        batch.facts[batch.size] = f;
        batch.subjects[batch.size] = subject;
        batch.objects[batch.size] = object;
        if (++batch.size == BATCH) {
            handOver(batch);
            batch = new Batch();
        }
    }

    /** Writes what is left and waits for the last row; rethrows a failure of the row thread. */
    void finish() {
        try {
            if (batch.size > 0) {
                handOver(batch);
                batch = new Batch();
            }
            handOver(END);
            join();
            rethrow();
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
    }

    /** Stops the row thread without waiting for the rows still queued (after a failure elsewhere). */
    void abandon() {
        thread.interrupt();
        join();
    }

    private void handOver(Batch b) {
        rethrow();
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing facts to the row thread", e);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the row thread", e);
        }
    }

    /** Throws the row thread's failure, if any; that thread then only waits to be stopped, so it is stopped. */
    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) {
            thread.interrupt();
            throw f;
        }
    }

    /** Whether the row thread still runs (for tests). */
    boolean running() {
        return thread.isAlive();
    }

    private void run() {
        Object[] values = new Object[columns];
        try {
            for (Batch b = queue.take(); b != END; b = queue.take()) {
                for (int i = 0; i < b.size; i++) {
                    row(b.facts[i], b.subjects[i], b.objects[i], values);
                    table.line(values);
                }
            }
        } catch (InterruptedException e) {
            // abandoned
        } catch (RuntimeException e) {
            failure = e;
            drain();
        }
    }

    /** After a failure: takes batches until the end, so that the caller never waits on a full queue and sees the failure. */
    private void drain() {
        try {
            while (queue.take() != END) {
                // discarded
            }
        } catch (InterruptedException e) {
            // abandoned
        }
    }

    private void row(Fact f, long subject, long object, Object[] values) {
        Map<String, Object> ev = EvidenceLists.properties(f.evidence());
        int i = 0;
        values[i++] = subject;
        values[i++] = object;
        values[i++] = f.predicate().name();
        values[i++] = f.id();
        values[i++] = f.polarity().json();
        values[i++] = f.modality().json();
        values[i++] = f.attributedTo();
        values[i++] = f.role();
        values[i++] = f.date();
        values[i++] = f.event();
        for (String name : EvidenceLists.PROPERTIES) {
            values[i++] = ev.get(name);
        }
        values[i++] = ev.get("confidence");
        values[i++] = ev.get("articleCount");
        values[i] = loadedAt;
    }
}
