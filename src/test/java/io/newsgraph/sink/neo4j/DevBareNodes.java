package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Not a test: the fastest node write over Bolt with the newsgraph schema, as a ceiling. */
public final class DevBareNodes {
    public static void main(String[] args) throws Exception {
        boolean schema = args.length > 0 && args[0].equals("schema");
        try (Neo4jTarget t = Neo4jTarget.embedded(new EmbeddedSettings(Files.createTempDirectory("bare"), "localhost", 0, 0, null, 1L << 30))) {
            if (schema) {
                Neo4jSchema.apply(t.driver(), "neo4j");
            } else {
                t.driver().executableQuery("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").execute();
            }
            try (Session s = t.driver().session(SessionConfig.forDatabase("neo4j"))) {
                for (int round = 0; round < 2; round++) {
                    int base = round * 1_000_000;
                    int n = round == 0 ? 20_000 : 100_000;
                    long t0 = System.nanoTime();
                    for (int from = 0; from < n; from += 10_000) {
                        List<Map<String, Object>> rows = new ArrayList<>();
                        for (int i = from; i < from + 10_000; i++) {
                            rows.add(Map.of("id", "person/e-" + (base + i), "name", "Person " + (base + i)));
                        }
                        s.executeWrite(tx -> tx.run("UNWIND $rows AS row CREATE (e:Entity:Person) SET e.id = row.id, e.name = row.name",
                                Map.of("rows", rows)).consume());
                    }
                    s.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
                    double sec = (System.nanoTime() - t0) / 1e9;
                    if (round == 1) {
                        System.out.printf("BARE %s: %,.0f nodes/s%n", schema ? "full schema" : "unique id only", n / sec);
                        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
                        t0 = System.nanoTime();
                        for (int from = 0; from < 3 * n; from += 10_000) {
                            List<Map<String, Object>> rows = new ArrayList<>();
                            for (int i = from; i < from + 10_000; i++) {
                                rows.add(Map.of("s", "person/e-" + (base + r.nextInt(n)), "o", "person/e-" + (base + r.nextInt(n)), "id", "fact/" + i));
                            }
                            s.executeWrite(tx -> tx.run("UNWIND $rows AS row MATCH (a:Entity {id: row.s}) MATCH (b:Entity {id: row.o}) CREATE (a)-[:LEADS {factId: row.id}]->(b)",
                                    Map.of("rows", rows)).consume());
                        }
                        sec = (System.nanoTime() - t0) / 1e9;
                        System.out.printf("BARE rels with factId only: %,.0f rels/s%n", 3 * n / sec);
                    }
                }
            }
        }
    }
}
