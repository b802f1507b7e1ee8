package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Entity;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the entities of a load in three steps per batch: the entity nodes, then their MENTIONS
 * links, then, for entities that were already in the database, their totals summed again over all
 * their articles' mentions. A new entity's totals come straight from its record, so a first load
 * reads nothing back; the links in their own query keep the node query free of a subquery per row.
 */
final class EntityWriter {
    private final Session session;
    private final int batchSize;
    private final OffsetDateTime loadedAt;
    private final Consumer<SummaryCounters> counters;
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final List<Map<String, Object>> mentions = new ArrayList<>();

    EntityWriter(Session session, int batchSize, OffsetDateTime loadedAt, Consumer<SummaryCounters> counters) {
        this.session = session;
        this.batchSize = batchSize;
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
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> known = writeNodes(List.copyOf(pending));
        pending.clear();
        List<Map<String, Object>> links = List.copyOf(mentions);
        mentions.clear();
        inBatches(links, batch -> write(LoaderCypher.MENTIONS, Map.of("rows", batch, "loadedAt", loadedAt)));
        inBatches(known, ids -> write(LoaderCypher.ENTITY_TOTALS, Map.of("ids", ids)));
    }

    private <T> void inBatches(List<T> rows, Consumer<List<T>> work) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            work.accept(rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
    }

    /** Writes entity nodes; returns the ids of those that were in the database before this load. */
    private List<String> writeNodes(List<Map<String, Object>> batch) {
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

    private void write(String query, Map<String, Object> params) {
        counters.accept(session.executeWrite(tx -> tx.run(query, params).consume().counters()));
    }
}
