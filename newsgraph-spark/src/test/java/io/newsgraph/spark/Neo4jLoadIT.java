package io.newsgraph.spark;

import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.sink.neo4j.GraphContents;
import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --neo4j}: the job in local[2] writes the example corpus into a real Neo4j (the project's
 * embedded server, in a process of its own), partition by partition; a second run changes
 * nothing; and {@code load} of the job's own graph.jsonl into the emptied database gives the same
 * graph, every node and relationship compared with its labels, type and properties (loadedAt as
 * its type only).
 */
class Neo4jLoadIT {
    private static final String PASSWORD = "spark-" + UUID.randomUUID();
    private static Neo4jServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        Path dir = ExampleCorpus.outputDir("neo4j-load");
        deleteTree(dir);
        server = Neo4jServerProcess.start(dir.resolve("data"), PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theJobWritesWhatLoadWritesAndASecondRunChangesNothing() throws Exception {
        SparkSession spark = LocalSpark.get();
        Path out = ExampleCorpus.outputDir("neo4j-load").resolve("first");
        // Small write batches and three partitions: several transactions per partition and step.
        SparkExtractJob.Summary first = SparkExtractJob.extract(spark, options(out, "7"));
        LoadCounts loaded = first.loaded();
        assertThat(loaded.facts()).isEqualTo(first.facts()).isPositive();
        assertThat(loaded.entities()).isEqualTo(first.entities());
        assertThat(loaded.articles()).isEqualTo(first.articles());
        assertThat(loaded.events()).isEqualTo(first.events()).isPositive();
        assertThat(loaded.articlesReplaced()).isZero();
        assertThat(loaded.relationshipsCreated()).isGreaterThanOrEqualTo(first.facts());

        try (Neo4jTarget target = Neo4jTarget.external(server.boltUri(), "neo4j", PASSWORD, "neo4j")) {
            List<String> nodes = nodes(target);
            List<String> relationships = relationships(target);
            assertThat(count(target, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)")).isEqualTo(first.facts());
            assertThat(count(target, "MATCH (e:Entity) WHERE e.name IS NULL RETURN count(e)")).isZero();
            assertThat(count(target, "MATCH (ev:Event) WHERE ev.text IS NULL RETURN count(ev)")).as("event sentences").isZero();
            assertThat(count(target, "MATCH (n:NewsgraphLoadLease) RETURN count(n)")).as("lease released").isZero();
            assertThat(constraints(target)).contains("entity_id", "article_id", "event_id");

            SparkExtractJob.Summary again = SparkExtractJob.extract(spark,
                    options(ExampleCorpus.outputDir("neo4j-load").resolve("again"), "10000"));
            assertThat(again.loaded().articlesReplaced()).isEqualTo(first.articles());
            assertThat(List.of(again.loaded().nodesCreated(), again.loaded().relationshipsCreated(),
                    again.loaded().nodesDeleted(), again.loaded().relationshipsDeleted())).as("a second run").containsOnly(0L);
            assertThat(nodes(target)).isEqualTo(nodes);
            assertThat(relationships(target)).isEqualTo(relationships);

            wipe(target);
            Graph graph;
            try (BufferedReader r = Files.newBufferedReader(out.resolve("graph.jsonl"), StandardCharsets.UTF_8)) {
                graph = JsonLinesReader.read(r, "graph.jsonl", p -> {
                    throw new AssertionError(p.toString());
                });
            }
            Neo4jLoader.load(target, graph);
            assertThat(nodes(target)).as("nodes after load of the job's graph.jsonl").isEqualTo(nodes);
            assertThat(relationships(target)).as("relationships after load").isEqualTo(relationships);
        }
    }

    private static JobOptions options(Path out, String batch) {
        return JobOptions.parse(new String[]{"--input", ExampleCorpus.jsonLines().toString(), "--output", out.toString(),
                "--partitions", "3", "--neo4j", server.boltUri(), "--batch-size", batch}, 0, Map.of("NEO4J_PASSWORD", PASSWORD));
    }

    private static List<Record> query(Neo4jTarget t, String cypher) {
        return t.driver().executableQuery(cypher).withConfig(QueryConfig.builder().withDatabase(t.database()).build())
                .execute().records();
    }

    private static long count(Neo4jTarget t, String cypher) {
        return query(t, cypher).get(0).get(0).asLong();
    }

    private static List<String> constraints(Neo4jTarget t) {
        return query(t, "SHOW CONSTRAINTS YIELD name RETURN name").stream().map(r -> r.get("name").asString()).toList();
    }

    private static void wipe(Neo4jTarget t) {
        try (Session s = t.driver().session(SessionConfig.forDatabase(t.database()))) {
            s.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    private static List<String> nodes(Neo4jTarget t) {
        return GraphContents.nodes(t, GraphContents.EmptyLists.KEPT);
    }

    private static List<String> relationships(Neo4jTarget t) {
        return GraphContents.relationships(t, GraphContents.EmptyLists.KEPT);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
