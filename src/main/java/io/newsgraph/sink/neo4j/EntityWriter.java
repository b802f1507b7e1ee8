package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Entity;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the entities of a load in three steps per window: the entity nodes (two lanes split by
 * entity id, so they share no node), then their MENTIONS links (in the rounds of
 * {@link DisjointRounds} over article and entity), then, for entities that were already in the
 * database, their totals summed again over all their articles' mentions. Keeping the links out of
 * the node query lets both be written in lanes; a new entity's totals come straight from its
 * record.
 */
final class EntityWriter {
    private final WriteLanes lanes;
    private final int batchSize;
    private final int window;
    private final OffsetDateTime loadedAt;
    private final Consumer<SummaryCounters> counters;
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final List<Map<String, Object>> mentions = new ArrayList<>();
    private int size;

    EntityWriter(WriteLanes lanes, int batchSize, OffsetDateTime loadedAt, Consumer<SummaryCounters> counters) {
        this.lanes = lanes;
        this.batchSize = batchSize;
        this.window = Math.max(batchSize, 4 * batchSize);
        this.loadedAt = loadedAt;
        this.counters = counters;
    }

    void add(Entity entity) {
        Map<String, Object> row = Rows.entity(entity);
        pending.add(row);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shares = (List<Map<String, Object>>) row.get("shares");
        for (Map<String, Object> share : shares) {
            mentions.add(Map.of("entity", entity.id(), "article", share.get("article"), "mentions", share.get("mentions")));
        }
        if (++size >= window) {
            flush();
        }
    }

    void flush() {
        if (size == 0) {
            return;
        }
        List<String> known = Collections.synchronizedList(new ArrayList<>());
        List<Map<String, Object>> even = new ArrayList<>();
        List<Map<String, Object>> odd = new ArrayList<>();
        for (Map<String, Object> row : pending) {
            (DisjointRounds.part((String) row.get("id")) % 2 == 0 ? even : odd).add(row);
        }
        pending.clear();
        lanes.run(even, odd, (session, rows) -> inBatches(rows, batch -> known.addAll(writeNodes(session, batch))));
        size = 0;
        List<Map<String, Object>> links = List.copyOf(mentions);
        mentions.clear();
        for (List<List<Map<String, Object>>> round : DisjointRounds.split(links, m -> (String) m.get("article"),
                m -> (String) m.get("entity"))) {
            lanes.run(round.get(0), round.get(1), (session, rows) -> inBatches(rows, batch -> write(session,
                    LoaderCypher.MENTIONS, Map.of("rows", batch, "loadedAt", loadedAt))));
        }
        inBatches(List.copyOf(known), ids -> write(lanes.main(), LoaderCypher.ENTITY_TOTALS, Map.of("ids", ids)));
    }

    private <T> void inBatches(List<T> rows, Consumer<List<T>> work) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            work.accept(rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
    }

    /** Writes entity nodes; returns the ids of those that were in the database before this load. */
    private List<String> writeNodes(Session session, List<Map<String, Object>> batch) {
        Map<String, Object> params = Map.of("rows", batch, "loadedAt", loadedAt);
        record Written(List<String> known, SummaryCounters counters) {
        }
        Written w = session.executeWrite(tx -> {
            Result result = tx.run(LoaderCypher.ENTITIES, params);
            List<String> ids = result.list(r -> r.get("id").asString());
            return new Written(ids, result.consume().counters());
        });
        counters.accept(w.counters());
        return w.known();
    }

    private void write(Session session, String query, Map<String, Object> params) {
        counters.accept(session.executeWrite(tx -> tx.run(query, params).consume().counters()));
    }
}
