package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a {@link PartitionedLoad} as one worker runs them on its share of the records:
 * the loader's own Cypher, batches and evidence merging, in one session per call. Each step
 * returns what it wrote, to be summed by the coordinator.
 */
public final class PartitionWrites {
    /** Articles carry their full text: smaller batches keep transactions modest (as in the loader). */
    private static final int ARTICLE_BATCH = 500;

    /** What one step of one worker wrote; for articles, also the ids that were in the database already. */
    public record Written(long records, long nodesCreated, long relationshipsCreated, long nodesDeleted,
                          long relationshipsDeleted, long propertiesSet, List<String> replaced) implements Serializable {
        public static final Written NONE = new Written(0, 0, 0, 0, 0, 0, List.of());

        public Written plus(Written o) {
            List<String> ids = new ArrayList<>(replaced);
            ids.addAll(o.replaced);
            return new Written(records + o.records, nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated,
                    nodesDeleted + o.nodesDeleted, relationshipsDeleted + o.relationshipsDeleted, propertiesSet + o.propertiesSet,
                    List.copyOf(ids));
        }
    }

    /** A sentence for an event node, decided as the loader decides it (an exact one wins; see EventSentences). */
    public record EventText(String event, String text, boolean exact) implements Serializable {
    }

    private PartitionWrites() {
    }

    public static Written articles(Driver driver, PartitionedLoad.Ticket t, Iterator<Article> records) {
        Tally tally = new Tally();
        List<String> replaced = new ArrayList<>();
        long n = 0;
        try (Session session = session(driver, t)) {
            List<Article> batch = new ArrayList<>();
            while (records.hasNext()) {
                batch.add(records.next());
                n++;
                if (batch.size() >= ARTICLE_BATCH || !records.hasNext()) {
                    ReplacedArticles.write(session, batch, t.loadedAt(), true, replaced::add, tally::add);
                    batch.clear();
                }
            }
        }
        Written w = tally.written(n);
        return new Written(w.records(), w.nodesCreated(), w.relationshipsCreated(), w.nodesDeleted(), w.relationshipsDeleted(),
                w.propertiesSet(), List.copyOf(replaced));
    }

    /** Entity nodes, their MENTIONS links, and the totals of entities known before. */
    public static Written entities(Driver driver, PartitionedLoad.Ticket t, Iterator<Entity> records) {
        Tally tally = new Tally();
        long n = 0;
        try (Session session = session(driver, t)) {
            EntityWriter writer = new EntityWriter(session, t.batchSize(), t.loadedAt(), tally::add);
            while (records.hasNext()) {
                writer.add(records.next());
                n++;
            }
            writer.flush();
        }
        return tally.written(n);
    }

    public static Written events(Driver driver, PartitionedLoad.Ticket t, Iterator<Event> records) {
        return rows(driver, t, records, Rows::event, LoaderCypher.EVENTS);
    }

    /**
     * Facts with their evidence lists; {@code replaced} is every article of the load that was in
     * the database already (their old evidence on a known fact gives way to this load's).
     */
    public static Written facts(Driver driver, PartitionedLoad.Ticket t, Set<String> replaced, Iterator<Fact> records) {
        Tally tally = new Tally();
        long n = 0;
        try (Session session = session(driver, t)) {
            FactWriter writer = new FactWriter(session, t.batchSize(), t.loadedAt(), replaced, tally::add);
            while (records.hasNext()) {
                writer.add(records.next());
                n++;
            }
            writer.flush();
        }
        return tally.written(n);
    }

    /** Sentences for event nodes; written after every fact, as the loader writes them after each fact batch. */
    public static Written eventTexts(Driver driver, PartitionedLoad.Ticket t, Iterator<EventText> records) {
        return rows(driver, t, records, e -> Map.of("id", e.event(), "text", e.text(), "exact", e.exact()),
                LoaderCypher.EVENT_TEXTS);
    }

    private static <T> Written rows(Driver driver, PartitionedLoad.Ticket t, Iterator<T> records,
                                    java.util.function.Function<T, Map<String, Object>> row, String query) {
        Tally tally = new Tally();
        long n = 0;
        try (Session session = session(driver, t)) {
            List<Map<String, Object>> batch = new ArrayList<>();
            while (records.hasNext()) {
                batch.add(row.apply(records.next()));
                n++;
                if (batch.size() >= t.batchSize() || !records.hasNext()) {
                    Map<String, Object> params = Map.of("rows", List.copyOf(batch), "loadedAt", t.loadedAt());
                    tally.add(session.executeWrite(tx -> tx.run(query, params).consume().counters()));
                    batch.clear();
                }
            }
        }
        return tally.written(n);
    }

    private static Session session(Driver driver, PartitionedLoad.Ticket t) {
        return driver.session(SessionConfig.forDatabase(t.database()));
    }

    /** Sums the counters of committed writes. */
    static final class Tally {
        private final long[] c = new long[5];

        void add(SummaryCounters s) {
            c[0] += s.nodesCreated();
            c[1] += s.relationshipsCreated();
            c[2] += s.nodesDeleted();
            c[3] += s.relationshipsDeleted();
            c[4] += s.propertiesSet();
        }

        Written written(long records) {
            return new Written(records, c[0], c[1], c[2], c[3], c[4], List.of());
        }
    }
}
