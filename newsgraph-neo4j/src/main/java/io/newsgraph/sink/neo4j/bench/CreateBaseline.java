package io.newsgraph.sink.neo4j.bench;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.EvidenceLists;
import io.newsgraph.sink.neo4j.Neo4jSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for the loader: the same nodes, relationships and properties written with plain
 * {@code UNWIND $rows ... CREATE} (endpoints found by the same unique indexes), same batches,
 * same driver. It cannot be run twice and does no merging or evidence bookkeeping: what the
 * loader costs on top of that is the price of idempotent, incremental loads.
 */
public final class CreateBaseline implements GraphSink {
    private final Driver driver;
    private final String database;
    private final int batchSize;
    /** The same kind of stamp the loader writes (a datetime), so that both write the same bytes. */
    private final OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final Map<EntityType, List<Map<String, Object>>> entities = new EnumMap<>(EntityType.class);
    private final Map<Predicate, List<Map<String, Object>>> facts = new EnumMap<>(Predicate.class);
    private Session session;

    public CreateBaseline(Driver driver, String database, int batchSize) {
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
    }

    @Override
    public void start() {
        Neo4jSchema.apply(driver, database);
        session = driver.session(SessionConfig.forDatabase(database));
    }

    @Override
    public void article(Article a) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("published", a.published());
        m.put("url", a.url());
        m.put("text", a.text());
        m.put("loadedAt", stamp);
        articles.add(m);
        if (articles.size() >= batchSize) {
            flush("UNWIND $rows AS row CREATE (a:Article) SET a = row", articles);
        }
    }

    @Override
    public void entity(Entity e) {
        flush("UNWIND $rows AS row CREATE (a:Article) SET a = row", articles);
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("type", e.label().label());
        m.put("aliases", e.aliases());
        m.put("mentions", e.mentions());
        m.put("articles", e.articles());
        List<Map<String, Object>> rows = entities.computeIfAbsent(e.label(), t -> new ArrayList<>());
        rows.add(m);
        if (rows.size() >= batchSize) {
            flush(entityQuery(e.label()), rows);
        }
    }

    private static String entityQuery(EntityType t) {
        return """
                UNWIND $rows AS row
                CREATE (e:Entity:%s)
                SET e.id = row.id, e.name = row.name, e.type = row.type, e.aliases = row.aliases,
                    e.mentions = row.mentions, e.articleCount = size(row.articles), e.loadedAt = $loadedAt
                WITH e, row
                UNWIND row.articles AS id
                MATCH (a:Article {id: id})
                CREATE (a)-[:MENTIONS {mentions: row.mentions, loadedAt: $loadedAt}]->(e)"""
                .formatted(t == EntityType.EVENT ? "NamedEvent" : t.label());
    }

    @Override
    public void event(Event event) {
        // The synthetic graph has no events.
    }

    @Override
    public void fact(Fact f) {
        flushEntities();
        Map<String, Object> props = new HashMap<>();
        props.put("factId", f.id());
        props.put("polarity", f.polarity().json());
        props.put("modality", f.modality().json());
        props.put("date", f.date());
        props.put("loadedAt", stamp);
        // The evidence lists, confidence and article count exactly as the loader stores them.
        props.putAll(EvidenceLists.properties(f.evidence()));
        List<Map<String, Object>> rows = facts.computeIfAbsent(f.predicate(), p -> new ArrayList<>());
        rows.add(Map.of("s", f.subjectId(), "o", f.objectId(), "props", props));
        if (rows.size() >= batchSize) {
            flush(factQuery(f.predicate()), rows);
        }
    }

    private static String factQuery(Predicate p) {
        return """
                UNWIND $rows AS row
                MATCH (s:Entity {id: row.s})
                MATCH (o:Entity {id: row.o})
                CREATE (s)-[r:%s]->(o)
                SET r = row.props""".formatted(p.name());
    }

    private void flushEntities() {
        flush("UNWIND $rows AS row CREATE (a:Article) SET a = row", articles);
        entities.forEach((t, rows) -> flush(entityQuery(t), rows));
    }

    @Override
    public void finish() {
        flushEntities();
        facts.forEach((p, rows) -> flush(factQuery(p), rows));
        // As the loader does: the load is over when the name index has caught up.
        session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
        session.close();
    }

    private void flush(String query, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("rows", List.copyOf(rows), "loadedAt", stamp);
        rows.clear();
        session.executeWrite(tx -> tx.run(query, params).consume());
    }
}
