package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.QueryFile.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every query of cypher/queries.cypher against a loaded graph and checks its rows. */
class QueriesIT {
    @TempDir
    static Path dir;
    static Neo4jTarget neo4j;

    /** What one query must return on the fixture: parameters to use instead of defaults, and checks. */
    record Expect(Map<String, Object> params, int rows, Consumer<List<Record>> check) {
    }

    @BeforeAll
    static void load() {
        neo4j = TestNeo4j.start(dir.resolve("data"));
        // In two passes, as an analyst would: the small graph first, then a third article.
        Neo4jLoader.load(neo4j, TestGraphs.small());
        Neo4jLoader loader = Neo4jLoader.to(neo4j);
        var extra = QueryFixture.graph();
        GraphSink.replay(new io.newsgraph.model.Graph(extra.articles().subList(2, 3), extra.entities().subList(9, 13),
                extra.facts().subList(8, 13), extra.events().subList(2, 5)), loader);
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    static Map<String, Expect> expectations() {
        Map<String, Expect> e = new HashMap<>();
        e.put("Q1", new Expect(Map.of("person", "Tom O'Neil"), 4, rows -> {
            assertThat(rows).extracting(r -> r.get("contact").asString())
                    .containsExactlyInAnyOrder("Maria Lindqvist", "Riverton", "Riverton", "Riverton union");
            assertThat(rows.get(3).get("claim").asBoolean()).isFalse();
            assertThat(rows.get(3).get("polarity").asString()).isEqualTo("negative");
        }));
        e.put("Q2", new Expect(Map.of("from", "Maria Lindqvist", "to", "Riverton union"), 1, rows -> {
            assertThat(rows.get(0).get("chain").asList()).containsExactly("Maria Lindqvist", "Tom O'Neil", "Riverton union");
            assertThat(rows.get(0).get("hops").asInt()).isEqualTo(2);
        }));
        e.put("Q3", new Expect(Map.of(), 13, rows -> {
            assertThat(rows.get(0).get("confidence").asDouble()).isEqualTo(0.9);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("sentence").asString()).isNotBlank());
        }));
        e.put("Q4", new Expect(Map.of(), 1, rows -> {
            assertThat(rows.get(0).get("predicate").asString()).isEqualTo("LEADS");
            assertThat(rows.get(0).get("articleIds").asList()).containsExactly("fx-001", "fx-101");
        }));
        e.put("Q5", new Expect(Map.of(), 4, rows -> assertThat(rows).extracting(r -> r.get("predicate").asString())
                .containsExactlyInAnyOrder("OWNS", "COMMUNICATED_WITH", "THREATENED", "LOCATED_IN")));
        e.put("Q6", new Expect(Map.of(), 5, rows -> {
            assertThat(rows).extracting(r -> r.get("date").asString())
                    .containsExactly("2025-02", "2025-03-03", "2025-04-11", "2025-06-03", "2025-06-03");
            assertThat(rows.get(3).get("agents").asList()).containsExactly("Maria Lindqvist");
            assertThat(rows.get(3).get("places").asList()).containsExactly("Riverton");
            assertThat(rows.get(3).get("sentence").asString()).startsWith("Maria Lindqvist met Tom O'Neil");
        }));
        e.put("Q7", new Expect(Map.of(), 2, rows -> assertThat(rows).extracting(r -> r.get("who").asString() + ">" + r.get("organisation").asString())
                .containsExactly("Maria Lindqvist>Nordlys Energy", "Tom O'Neil>Riverton")));
        e.put("Q8", new Expect(Map.of(), 9, rows -> {
            assertThat(rows.get(0).get("entity").asString()).isEqualTo("Tom O'Neil");
            assertThat(rows.get(0).get("facts").asLong()).isEqualTo(7);
            assertThat(rows.get(0).get("articles").asLong()).isEqualTo(2);
        }));
        e.put("Q9", new Expect(Map.of("name", "Maria Lindqvist"), 7, rows -> {
            assertThat(rows.subList(0, 2)).extracting(r -> r.get("neighbour").asString()).containsExactly("Nordlys Energy", "Tom O'Neil");
            assertThat(rows.get(2).get("distance").asInt()).isEqualTo(2);
        }));
        e.put("Q10", new Expect(Map.of("q", "Lindqvist"), 1, rows ->
                assertThat(rows.get(0).get("name").asString()).isEqualTo("Maria Lindqvist")));
        e.put("Q11", new Expect(Map.of("article", "fx-101"), 5, rows -> {
            assertThat(rows.get(0).get("start").asInt()).isZero();
            assertThat(rows.get(4).get("predicate").asString()).isEqualTo("COMMUNICATED_WITH");
        }));
        e.put("Q12", new Expect(Map.of(), 3, rows -> assertThat(rows).extracting(r -> r.get("according_to").asString())
                .containsExactly("Critics", "Tom O'Neil", "Tom O'Neil")));
        e.put("Q13", new Expect(Map.of("name", "Maria Lindqvist"), 6, rows -> {
            assertThat(rows.get(0).get("entity").asString()).isEqualTo("Nordlys Energy");
            assertThat(rows.get(0).get("articles").asLong()).isEqualTo(2);
        }));
        e.put("Q14", new Expect(Map.of(), 1, rows -> {
            assertThat(rows.get(0).get("predicate").asString()).isEqualTo("COMMUNICATED_WITH");
            assertThat(rows.get(0).get("no_according_to").asString()).isEqualTo("Critics");
        }));
        e.put("Q15", new Expect(Map.of("name", "Tom O'Neil"), 2, rows -> {
            assertThat(rows).extracting(r -> r.get("article").asString()).containsExactly("fx-101", "fx-002");
            assertThat(rows.get(0).get("facts").asLong()).isEqualTo(3);
        }));
        e.put("Q16", new Expect(Map.of(), 1, rows -> {
            assertThat(rows.get(0).get("target").asString()).isEqualTo("Tom O'Neil");
            assertThat(rows.get(0).get("actor").asString()).startsWith("<script>");
        }));
        e.putAll(ClaimQueries.onFixture());
        // The February threat is before the date; the meeting (CAMEO 044) is no threat.
        e.put("Q21", new Expect(Map.of("name", "Riverton", "since", "2025-03-01"), 1, rows -> {
            assertThat(rows.get(0).get("cameo").asString()).isEqualTo("138");
            assertThat(rows.get(0).get("by").asList()).containsExactly("Kalev Power");
            assertThat(rows.get(0).get("date").asString()).isEqualTo("2025-06-03");
            assertThat(rows.get(0).get("article").asString()).isEqualTo("Lindqvist and O'Neil discuss the grid");
        }));
        // Riverton is threatened twice (138: -7.0, 13: -6.0); the meeting held there has it as place, not party.
        e.put("Q22", new Expect(Map.of("name", "Riverton"), 2, rows -> {
            assertThat(rows).extracting(r -> r.get("counterpart").asString()).containsExactly("Kalev Power", "Nordlys Energy");
            assertThat(rows.get(0).get("mean_goldstein").asDouble()).isEqualTo(-7.0);
            assertThat(rows.get(1).get("most_conflictual").asDouble()).isEqualTo(-6.0);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("conflict").asLong()).isEqualTo(1);
                assertThat(r.get("cooperation").asLong()).isZero();
            });
        }));
        // Maria Lindqvist's reasons: the first load's alias kept, the second's added, its type rule the second's.
        e.put("Q23", new Expect(Map.of("name", "Lindqvist"), 2, rows -> {
            assertThat(rows).extracting(r -> r.get("alias").asString() + " | " + r.get("reason").asString() + " | "
                    + r.get("joinedTo").asString()).containsExactly("Lindqvist | short name | Maria Lindqvist",
                    "Nordlys chief executive Maria Lindqvist | title | Maria Lindqvist");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("typeRule").asString()).isEqualTo("apposition"));
        }));
        return e;
    }

    @Test
    void everyQueryIsDocumentedAndChecked() throws IOException {
        List<Query> queries = QueryFile.parse();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
        assertThat(queries).extracting(Query::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectations().keySet());
        for (Query q : queries) {
            for (String name : q.paramNames()) {
                assertThat(q.params()).as("%s documents a default for $%s", q.id(), name).containsKey(name);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryReturnsTheRowsItShould() throws IOException {
        Map<String, Expect> expect = expectations();
        return QueryFile.parse().stream().map(q -> DynamicTest.dynamicTest(
                q.id() + " " + q.title(), () -> {
                    Map<String, Object> params = q.defaults(neo4j);
                    Expect x = expect.get(q.id());
                    params.putAll(x.params());
                    List<Record> rows = TestNeo4j.query(neo4j, q.cypher(), params);
                    assertThat(rows).as(q.id() + " rows").hasSize(x.rows());
                    x.check().accept(rows);
                }));
    }
}
