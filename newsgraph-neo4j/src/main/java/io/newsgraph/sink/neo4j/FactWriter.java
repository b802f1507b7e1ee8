package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the facts of a load in batches, one transaction each, on the loader's session.
 *
 * <p>Measured and dropped: writing in two sessions at once, on batches whose facts touch
 * disjoint sets of nodes. Inserting a relationship also locks the first relationship of each
 * end's chain, which the other session's nodes can share, so the sessions still deadlocked
 * (7 retried transactions in one bench load), and the first load was slower (12.1k against 13.7k
 * facts/s) though reloads were faster.
 */
final class FactWriter {
    private final Session session;
    private final int batchSize;
    private final OffsetDateTime loadedAt;
    private final Set<String> replaced;
    private final Consumer<SummaryCounters> counters;
    private final List<FactRow> pending = new ArrayList<>();

    /** A fact's record as sent, and its evidence as records for merging with what is stored. */
    record FactRow(Map<String, Object> row, List<Evidence> evidence) {
        static FactRow of(Fact fact) {
            return new FactRow(Rows.fact(fact), fact.evidence());
        }

        String subjectId() {
            return (String) row.get("subjectId");
        }

        String objectId() {
            return (String) row.get("objectId");
        }

        String id() {
            return (String) row.get("id");
        }
    }

    /**
     * @param replaced articles this load replaces; read while writing, so the caller must not change
     *                 it until {@link #flush()} returns
     * @param counters receives the counters of every committed write
     */
    FactWriter(Session session, int batchSize, OffsetDateTime loadedAt, Set<String> replaced,
               Consumer<SummaryCounters> counters) {
        this.session = session;
        this.batchSize = batchSize;
        this.loadedAt = loadedAt;
        this.replaced = replaced;
        this.counters = counters;
    }

    /** Queues a fact; returns true when the queue has been written. */
    boolean add(Fact fact) {
        pending.add(FactRow.of(fact));
        if (pending.size() >= batchSize) {
            flush();
            return true;
        }
        return false;
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<FactRow> batch = List.copyOf(pending);
        pending.clear();
        writeBatch(batch);
    }

    /**
     * One transaction per batch: the facts query writes new facts whole and returns the known
     * ones whose evidence changed; their merged evidence is written in the same transaction (a
     * retried transaction redoes both, and the merge gives the same result).
     */
    private void writeBatch(List<FactRow> batch) {
        Map<String, FactRow> byId = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        for (FactRow f : batch) {
            rows.add(f.row());
            byId.put(f.id(), f);
        }
        Map<String, Object> params = Map.of("rows", rows, "loadedAt", loadedAt);
        // Counters are passed on only once the transaction committed: a retried attempt must not count.
        List<SummaryCounters> done = session.executeWrite(tx -> {
            List<SummaryCounters> written = new ArrayList<>();
            Result result = tx.run(LoaderCypher.FACTS, params);
            List<Map<String, Object>> merged = new ArrayList<>();
            for (Record r : result.list()) {
                FactRow f = byId.get(r.get("id").asString());
                List<Evidence> evidence = EvidenceLists.merge(EvidenceLists.read(r.get("old")), f.evidence(),
                        r.get("writtenThisLoad").asBoolean(false), replaced);
                merged.add(Map.of("id", f.id(), "predicate", f.row().get("predicate"), "subjectId", f.subjectId(),
                        "objectId", f.objectId(), "evidence", EvidenceLists.properties(evidence)));
            }
            written.add(result.consume().counters());
            if (!merged.isEmpty()) {
                written.add(tx.run(LoaderCypher.SET_EVIDENCE, Map.of("rows", merged)).consume().counters());
            }
            return written;
        });
        done.forEach(counters);
    }
}
