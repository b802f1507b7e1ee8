package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * :Claim nodes from the claims corpus's extraction output, loaded in two passes as an analyst
 * would: the first reports, then City Hall's denial. The claim's status follows the second load.
 */
class ClaimNodesIT {
    private static final String MET = """
            MATCH (c:Claim {predicate: 'MET_WITH'})-[:SUBJECT|OBJECT]->(:Entity {id: 'person/ilse-varga'})
            RETURN c.status AS status, c.outlets AS outlets, c.denying AS denying, c.supporting AS supporting,
                   c.firstReported AS first, c.lastReported AS last""";

    @TempDir
    static Path dir;
    static Neo4jTarget neo4j;
    static Graph corpus;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.start(dir.resolve("data"));
        corpus = TestGraphs.fromResource("/claims/corpus-graph.jsonl");
    }

    @AfterAll
    static void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void claimsFollowIncrementalLoads() {
        Neo4jLoader.load(neo4j, only(corpus, a -> !a.equals("daily-denial")));
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        Record before = TestNeo4j.query(neo4j, MET, Map.of()).get(0);
        assertThat(before.get("status").asString()).isEqualTo("corroborated");
        assertThat(before.get("outlets").asLong()).isEqualTo(2);

        Neo4jLoader.load(neo4j, only(corpus, a -> a.equals("daily-denial")));
        int claims = ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        List<Record> after = TestNeo4j.query(neo4j, MET, Map.of());
        assertThat(after).hasSize(1);
        assertThat(after.get(0).get("status").asString()).isEqualTo("disputed");
        assertThat(after.get(0).get("denying").asList()).containsExactly("daily-denial");
        assertThat(after.get(0).get("supporting").asList()).hasSize(4);
        assertThat(after.get(0).get("first").asString()).isEqualTo("2025-03-02");
        assertThat(after.get(0).get("last").asString()).isEqualTo("2025-03-05");
        assertThat(TestNeo4j.count(neo4j, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims);

        List<Record> deniedBy = TestNeo4j.query(neo4j, """
                MATCH (c:Claim {predicate: 'MET_WITH'})-[b:CLAIMED_BY {stance: 'denies'}]->(e:Entity)
                RETURN e.id AS id, b.articles AS articles, b.quotes AS quotes""", Map.of());
        assertThat(deniedBy).hasSize(1);
        assertThat(deniedBy.get(0).get("id").asString()).isEqualTo("person/tomas-reyes");
        assertThat(deniedBy.get(0).get("quotes").get(0).asString()).contains("denied");

        // A refresh with nothing new changes nothing but the stamp.
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        assertThat(TestNeo4j.count(neo4j, "MATCH (c:Claim) RETURN count(c)")).isEqualTo(claims);
        assertThat(TestNeo4j.count(neo4j, "MATCH (:Claim)-[r:CLAIMED_BY]->() RETURN count(r)"))
                .isEqualTo(TestNeo4j.count(neo4j, "MATCH (c:Claim)-[r:CLAIMED_BY]->() RETURN count(DISTINCT [elementId(c), elementId(r)])"));
        assertThat(TestNeo4j.count(neo4j, "MATCH (c:Claim) WHERE NOT (c)-[:SUBJECT]->() RETURN count(c)")).isZero();
    }

    /** The part of a graph that the chosen articles state. */
    private static Graph only(Graph g, java.util.function.Predicate<String> article) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : g.facts()) {
            List<Evidence> ev = f.evidence().stream().filter(e -> article.test(e.article())).toList();
            if (!ev.isEmpty()) {
                facts.add(new Fact(f.id(), f.subject(), f.predicate(), f.object(), f.subjectId(), f.objectId(), f.polarity(),
                        f.modality(), f.attributedTo(), f.event(), f.date(), f.role(), ev));
            }
        }
        Set<String> keep = Set.copyOf(g.articles().stream().map(a -> a.id()).filter(article).toList());
        return new Graph(g.articles().stream().filter(a -> keep.contains(a.id())).toList(), g.entities(), facts,
                g.events().stream().filter(e -> keep.contains(e.article())).toList());
    }
}
