package io.newsgraph.sink.neo4j.bench;

import io.newsgraph.sink.neo4j.Neo4jSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ceiling of writes over Bolt on this machine: the same schema, but nodes with only an id and
 * a name and no mentions, and relationships with only a fact id, in batches of the same size. No
 * loader of newsgraph's data can beat it, so it tells how much of a gap to the targets is the
 * data and how much is the server.
 */
public final class BareWrites {
    /** Nodes and relationships per second. */
    public record Rates(double nodesPerSecond, double relsPerSecond) {
    }

    private final Driver driver;
    private final String database;
    private final int batchSize;

    public BareWrites(Driver driver, String database, int batchSize) {
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
    }

    /** Writes {@code nodes} nodes, then {@code rels} relationships between them, ids prefixed so runs can share a store. */
    public Rates run(String prefix, int nodes, int rels, long seed) {
        Neo4jSchema.apply(driver, database);
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            long t0 = System.nanoTime();
            for (int from = 0; from < nodes; from += batchSize) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = from; i < Math.min(nodes, from + batchSize); i++) {
                    rows.add(Map.of("id", "person/bare-" + prefix + i, "name", "Person " + prefix + i));
                }
                session.executeWrite(tx -> tx.run("UNWIND $rows AS row CREATE (e:Entity:Person) SET e.id = row.id, e.name = row.name",
                        Map.of("rows", rows)).consume());
            }
            session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
            double nodeSeconds = (System.nanoTime() - t0) / 1e9;
            SplittableRandom random = new SplittableRandom(seed);
            t0 = System.nanoTime();
            for (int from = 0; from < rels; from += batchSize) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = from; i < Math.min(rels, from + batchSize); i++) {
                    rows.add(Map.of("s", "person/bare-" + prefix + random.nextInt(nodes),
                            "o", "person/bare-" + prefix + random.nextInt(nodes), "id", "fact/bare-" + prefix + i));
                }
                session.executeWrite(tx -> tx.run("""
                        UNWIND $rows AS row
                        MATCH (s:Entity {id: row.s})
                        MATCH (o:Entity {id: row.o})
                        CREATE (s)-[:LEADS {factId: row.id}]->(o)""", Map.of("rows", rows)).consume());
            }
            double relSeconds = (System.nanoTime() - t0) / 1e9;
            return new Rates(nodes / nodeSeconds, rels / relSeconds);
        }
    }
}
