package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Not a test: times variants of the node-phase Cypher on a fresh embedded store each. */
public final class DevLoadExperiments {
    static final int N = Integer.getInteger("n", 100_000);
    static final int BATCH = Integer.getInteger("batch", 10_000);

    public static void main(String[] args) throws Exception {
        for (String variant : args) {
            for (int round = 0; round < 2; round++) {
                Path dir = Files.createTempDirectory("dev-load");
                try (Neo4jTarget t = Neo4jTarget.embedded(new EmbeddedSettings(dir, "localhost", 0, 0, null, 1L << 30))) {
                    double s = run(variant, t.driver(), round == 0 ? N / 10 : N);
                    if (round == 1) {
                        System.out.printf("%-24s %,8.0f entities/s (%.2f s)%n", variant, N / s, s);
                    }
                }
            }
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double run(String variant, Driver d, int n) {
        QueryConfig c = QueryConfig.builder().withDatabase("neo4j").build();
        List<String> schema = new ArrayList<>(List.of(
                "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE"));
        if (!variant.contains("noname")) {
            schema.add("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)");
        }
        if (variant.contains("ftec")) {
            schema.add("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] "
                    + "OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}");
        } else if (!variant.contains("noft")) {
            schema.add("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]");
        }
        for (String s : schema) {
            d.executableQuery(s).withConfig(c).execute();
        }
        d.executableQuery("CALL db.awaitIndexes(300)").withConfig(c).execute();
        int articles = Math.max(1, n / 100);
        List<Map<String, Object>> arts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            arts.add(Map.of("id", "bench/a-" + i, "title", "T " + i));
        }
        try (Session session = d.session(SessionConfig.forDatabase("neo4j"))) {
            session.executeWrite(tx -> tx.run("UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title",
                    Map.of("rows", arts)).consume());
            long t0 = System.nanoTime();
            long c0 = cpu();
            String stamp = variant.contains("dtstamp") ? null : "2026-11-26T06:30:00.123456789Z#1a2b3c4d5e6f";
            Object loadedAt = stamp != null ? stamp : java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
            for (int from = 0; from < n; from += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = from; i < Math.min(n, from + BATCH); i++) {
                    Map<String, Object> m = new HashMap<>();
                    String name = "Person " + i;
                    m.put("id", "person/e-" + i);
                    m.put("name", name);
                    m.put("type", "Person");
                    m.put("aliases", List.of(name, "E" + i));
                    m.put("mentions", 1 + i % 5);
                    m.put("article", "bench/a-" + (i % articles));
                    m.put("shares", List.of(Map.of("article", "bench/a-" + (i % articles), "mentions", 1 + i % 5)));
                    rows.add(m);
                }
                Map<String, Object> p = Map.of("rows", rows, "loadedAt", loadedAt);
                if (variant.startsWith("current")) {
                    session.executeWrite(tx -> tx.run(LoaderCypher.entities(io.newsgraph.model.EntityType.PERSON), p).consume());
                } else if (variant.startsWith("create")) {
                    session.executeWrite(tx -> tx.run("""
                            UNWIND $rows AS row
                            CREATE (e:Entity:Person)
                            SET e.id = row.id, e.name = row.name, e.type = row.type, e.aliases = row.aliases,
                                e.mentions = row.mentions, e.articleCount = 1, e.loadedAt = $loadedAt
                            WITH e, row
                            MATCH (a:Article {id: row.article})
                            CREATE (a)-[:MENTIONS {mentions: row.mentions, loadedAt: $loadedAt}]->(e)""", p).consume());
                } else if (variant.startsWith("nodesonly")) {
                    session.executeWrite(tx -> tx.run("""
                            UNWIND $rows AS row
                            CREATE (e:Entity:Person)
                            SET e.id = row.id, e.name = row.name, e.type = row.type, e.aliases = row.aliases,
                                e.mentions = row.mentions, e.articleCount = 1, e.loadedAt = $loadedAt""", p).consume());
                } else if (variant.startsWith("lean")) {
                    session.executeWrite(tx -> {
                        tx.run("""
                            UNWIND $rows AS row
                            MERGE (e:Entity {id: row.id})
                            ON CREATE SET e:Person
                            SET e.name = row.name, e.type = row.type, e.aliases = row.aliases,
                                e.mentions = row.mentions, e.articleCount = 1, e.loadedAt = $loadedAt""", p).consume();
                        tx.run("""
                            UNWIND $rows AS row
                            MATCH (e:Entity {id: row.id})
                            MATCH (a:Article {id: row.article})
                            MERGE (a)-[m:MENTIONS]->(e)
                            SET m.mentions = row.mentions, m.loadedAt = $loadedAt""", p).consume();
                        return null;
                    });
                }
            }
            if (variant.contains("ftec")) {
                session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
            }
            double nodeSeconds = (System.nanoTime() - t0) / 1e9;
            double nodeCpu = (cpu() - c0) / 1e9;
            c0 = cpu();
            if (!variant.contains("facts")) {
                System.out.printf("   nodes %.2f s (cpu %.2f s)%n", nodeSeconds, nodeCpu);
                return nodeSeconds;
            }
            t0 = System.nanoTime();
            java.util.SplittableRandom random = new java.util.SplittableRandom(7);
            int facts = n * 3;
            for (int from = 0; from < facts; from += BATCH) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = from; i < Math.min(facts, from + BATCH); i++) {
                    int s = random.nextInt(n);
                    int o = random.nextInt(n);
                    String text = "Synthetic sentence " + i + " says that Person " + s + " knows Person " + o + ".";
                    Map<String, Object> ev = Map.of("article", "bench/a-" + random.nextInt(articles), "sentence", (long) (i % 40),
                            "start", (long) (i % 40) * 120, "end", (long) (i % 40) * 120 + text.length(), "text", text,
                            "extractor", "bench", "confidence", 0.5 + (i % 50) / 100.0);
                    Map<String, Object> m = new HashMap<>();
                    m.put("id", "fact/bench-" + i);
                    m.put("subject", "Person " + s);
                    m.put("object", "Person " + o);
                    m.put("subjectId", "person/e-" + s);
                    m.put("objectId", "person/e-" + o);
                    m.put("polarity", "positive");
                    m.put("modality", "asserted");
                    m.put("attributedTo", null);
                    m.put("role", null);
                    m.put("date", "2025");
                    m.put("event", null);
                    m.put("evidence", List.of(ev));
                    m.put("eventTexts", List.of());
                    rows.add(m);
                }
                Map<String, Object> p = new HashMap<>(Map.of("rows", rows, "loadedAt", loadedAt, "replaced", List.of()));
                String q = variant.contains("facts-current") ? LoaderCypher.facts(io.newsgraph.model.Predicate.values()[from / BATCH % 5])
                        : variant.contains("facts-lean") ? """
                            UNWIND $rows AS row
                            MATCH (s:Entity {id: row.subjectId})
                            MATCH (o:Entity {id: row.objectId})
                            MERGE (s)-[r:%s {factId: row.id}]->(o)
                            SET r.polarity = row.polarity, r.modality = row.modality, r.date = row.date, r.loadedAt = $loadedAt,
                                r.evidenceArticles = [x IN row.evidence | x.article], r.evidenceTexts = [x IN row.evidence | x.text]
                            """.formatted(io.newsgraph.model.Predicate.values()[from / BATCH % 5].name())
                        : """
                            UNWIND $rows AS row
                            MATCH (s:Entity {id: row.subjectId})
                            MATCH (o:Entity {id: row.objectId})
                            CREATE (s)-[r:%s {factId: row.id}]->(o)
                            SET r.polarity = row.polarity, r.modality = row.modality, r.date = row.date, r.loadedAt = $loadedAt,
                                r.evidenceArticles = [x IN row.evidence | x.article], r.evidenceTexts = [x IN row.evidence | x.text]
                            """.formatted(io.newsgraph.model.Predicate.values()[from / BATCH % 5].name());
                session.executeWrite(tx -> tx.run(q, p).consume());
            }
            double relSeconds = (System.nanoTime() - t0) / 1e9;
            double relCpu = (cpu() - c0) / 1e9;
            System.out.printf("   nodes %.2f s (cpu %.2f s), facts %,.0f rels/s (%.2f s, cpu %.2f s)%n", nodeSeconds, nodeCpu,
                    facts / relSeconds, relSeconds, relCpu);
            return nodeSeconds + relSeconds;
        }
    }
}
