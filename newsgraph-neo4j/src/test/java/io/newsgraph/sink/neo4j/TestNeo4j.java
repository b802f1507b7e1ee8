package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Test helpers around an embedded server on free ports in a temporary folder. */
public final class TestNeo4j {
    private TestNeo4j() {
    }

    /** A server as newsgraph starts it with no --password: auth on, a random password for this start. */
    public static Neo4jTarget start(Path dir) {
        return Neo4jTarget.embedded(EmbeddedSettings.loopback(dir, 0, 0));
    }

    /** The same, started as load --bulk starts it on the store its import has just written. */
    public static Neo4jTarget startAfterBulkImport(Path dir) {
        return Neo4jTarget.embedded(EmbeddedSettings.loopback(dir, 0, 0).startingAfterBulkImport());
    }

    /** The random password of a server this process started, for tests that connect as another client would. */
    public static String password(Neo4jTarget t) {
        return t.server().orElseThrow().credentials().password();
    }

    public static List<Record> query(Neo4jTarget t, String cypher, Map<String, Object> params) {
        return t.driver().executableQuery(cypher).withParameters(params)
                .withConfig(QueryConfig.builder().withDatabase(t.database()).build()).execute().records();
    }

    public static long count(Neo4jTarget t, String cypher) {
        return query(t, cypher, Map.of()).get(0).get(0).asLong();
    }

    public static long nodes(Neo4jTarget t) {
        return count(t, "MATCH (n) RETURN count(n)");
    }

    public static long relationships(Neo4jTarget t) {
        return count(t, "MATCH ()-[r]->() RETURN count(r)");
    }

    /** Removes all data (not the schema), so each test starts from an empty graph. */
    public static void wipe(Neo4jTarget t) {
        try (var session = t.driver().session(org.neo4j.driver.SessionConfig.forDatabase(t.database()))) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** The same graph with its lists in id order, for comparing graphs whose record order may differ. */
    public static Graph sorted(Graph g) {
        return new Graph(
                g.articles().stream().sorted(Comparator.comparing(io.newsgraph.model.Article::id)).toList(),
                g.entities().stream().sorted(Comparator.comparing(Entity::id)).toList(),
                g.facts().stream().sorted(Comparator.comparing(Fact::id)).toList(),
                g.events().stream().sorted(Comparator.comparing(Event::id)).toList());
    }

    /** Files under a folder whose bytes contain a string (as UTF-8 or UTF-16, as Java and Lucene may write). */
    public static List<Path> filesHolding(Path folder, String secret) throws IOException {
        List<byte[]> needles = List.of(secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_16LE),
                secret.getBytes(StandardCharsets.UTF_16BE));
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    byte[] content = Files.readAllBytes(f);
                    return needles.stream().anyMatch(n -> indexOf(content, n) >= 0);
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
