package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphCollector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader and the reader against one embedded server (started once for the class). */
class Neo4jLoaderIT {
    @TempDir
    static Path dir;
    static Neo4jTarget neo4j;

    @BeforeAll
    static void startServer() {
        neo4j = TestNeo4j.start(dir.resolve("data"));
    }

    @AfterAll
    static void stopServer() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @BeforeEach
    void empty() {
        TestNeo4j.wipe(neo4j);
    }

    @Test
    void loadsTheSmallGraphWithTheDocumentedShape() {
        LoadCounts counts = Neo4jLoader.load(neo4j, TestGraphs.small());

        assertThat(counts.articles()).isEqualTo(2);
        assertThat(counts.entities()).isEqualTo(9);
        assertThat(counts.events()).isEqualTo(2);
        assertThat(counts.facts()).isEqualTo(8);
        assertThat(TestNeo4j.count(neo4j, "MATCH (n:Article) RETURN count(n)")).isEqualTo(2);
        assertThat(TestNeo4j.count(neo4j, "MATCH (n:Entity) RETURN count(n)")).isEqualTo(9);
        assertThat(TestNeo4j.count(neo4j, "MATCH (n:Entity:Person) RETURN count(n)")).isEqualTo(2);
        assertThat(TestNeo4j.count(neo4j, "MATCH (n:Entity:Organization) RETURN count(n)")).isEqualTo(3);
        assertThat(TestNeo4j.count(neo4j, "MATCH (n:Event) RETURN count(n)")).isEqualTo(2);
        assertThat(TestNeo4j.count(neo4j, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)")).isEqualTo(8);
        assertThat(TestNeo4j.count(neo4j, "MATCH (:Article)-[r:MENTIONS]->(:Entity) RETURN count(r)")).isEqualTo(9);
        assertThat(TestNeo4j.count(neo4j, "MATCH (:Event)-[r:REPORTED_IN]->(:Article) RETURN count(r)")).isEqualTo(2);
        assertThat(TestNeo4j.count(neo4j, "MATCH (:Event)-[r:AGENT|RECIPIENT|PLACE|TOPIC]->(:Entity) RETURN count(r)")).isEqualTo(5);

        Record leads = TestNeo4j.query(neo4j, """
                MATCH (p:Person {name: 'Maria Lindqvist'})-[r:LEADS]->(o:Organization)
                RETURN o.name AS org, r.factId AS id, r.confidence AS c, r.modality AS m, r.evidenceTexts AS texts,
                       r.evidenceStarts AS starts, r.articleCount AS n, r.evidenceRules AS rules""", Map.of()).get(0);
        assertThat(leads.get("org").asString()).isEqualTo("Nordlys Energy");
        assertThat(leads.get("id").asString()).isEqualTo("fact/fx-001-1-leads");
        assertThat(leads.get("c").asDouble()).isEqualTo(0.9);
        assertThat(leads.get("m").asString()).isEqualTo("asserted");
        assertThat(leads.get("texts").asList()).containsExactly("Nordlys chief executive Maria Lindqvist said the deal would close in spring.");
        assertThat(leads.get("starts").asList()).containsExactly(116L);
        assertThat(leads.get("rules").asList()).containsExactly("role-title/premodifier");
        // A fact whose evidence names no rule (written before rules had names) has no list at all.
        assertThat(TestNeo4j.count(neo4j, "MATCH ()-[r:CRITICIZED]->() WHERE r.evidenceRules IS NULL RETURN count(r)")).isEqualTo(1);
        assertThat(leads.get("n").asLong()).isEqualTo(1);

        String hostile = TestNeo4j.query(neo4j, "MATCH (e:Entity:Other) RETURN e.name AS n", Map.of()).get(0).get("n").asString();
        assertThat(hostile).isEqualTo("<script>alert(1)</script> & \"quotes\" `ticks` {braces} emoji 🚀 עברית");
        assertThat(TestNeo4j.count(neo4j, "MATCH (e:Entity {id: 'person/tom-o-neil'}) RETURN e.mentions")).isEqualTo(2);
    }

    @Test
    void loadingTwiceLeavesTheSameGraph() {
        Neo4jLoader.load(neo4j, TestGraphs.small());
        long nodes = TestNeo4j.nodes(neo4j);
        long rels = TestNeo4j.relationships(neo4j);
        List<Map<String, Object>> before = snapshot();

        LoadCounts second = Neo4jLoader.load(neo4j, TestGraphs.small());

        assertThat(TestNeo4j.nodes(neo4j)).isEqualTo(nodes);
        assertThat(TestNeo4j.relationships(neo4j)).isEqualTo(rels);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(second.articlesReplaced()).isEqualTo(2);
        // Nothing is deleted and recreated when nothing changed.
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.nodesDeleted()).isZero();
        assertThat(second.relationshipsDeleted()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
    }

    @Test
    void readsBackTheGraphItLoaded() {
        Graph small = TestGraphs.small();
        Neo4jLoader.load(neo4j, small);

        GraphCollector collector = new GraphCollector();
        Neo4jGraphReader.ReadCounts counts = Neo4jGraphReader.from(neo4j).read(collector);

        assertThat(counts.skipped()).isZero();
        assertThat(TestNeo4j.sorted(collector.graph())).isEqualTo(TestNeo4j.sorted(small));
    }

    @Test
    void readsEditsMadeInBrowser() {
        Neo4jLoader.load(neo4j, TestGraphs.small());
        // An analyst adds a person and a fact by hand, the way one would in Browser.
        TestNeo4j.query(neo4j, """
                MATCH (o:Entity {id: 'organization/kalev-power'})
                CREATE (:Person {name: 'Jaan Tamm'})-[:LEADS {confidence: 0.6}]->(o)""", Map.of());
        TestNeo4j.query(neo4j, "MATCH (e:Entity {id: 'location/tallinn'}) SET e.name = 'Tallinn, Estonia'", Map.of());

        GraphCollector collector = new GraphCollector();
        Neo4jGraphReader.ReadCounts counts = Neo4jGraphReader.from(neo4j).read(collector);

        Graph g = collector.graph();
        assertThat(counts.skipped()).isZero();
        assertThat(g.entities()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("person/jaan-tamm");
            assertThat(e.label()).isEqualTo(io.newsgraph.model.EntityType.PERSON);
        });
        assertThat(g.facts()).anySatisfy(f -> {
            assertThat(f.subjectId()).isEqualTo("person/jaan-tamm");
            assertThat(f.predicate()).isEqualTo(io.newsgraph.model.Predicate.LEADS);
            assertThat(f.objectId()).isEqualTo("organization/kalev-power");
            assertThat(f.primary().extractor()).isEqualTo("manual");
            assertThat(f.confidence()).isEqualTo(0.6);
        });
        assertThat(g.facts()).anySatisfy(f -> assertThat(f.object()).isEqualTo("Tallinn, Estonia"));
        assertThat(g.facts()).hasSize(9);
    }

    @Test
    void aChangedArticleReplacesItsEvidenceAndANewArticleAdds() {
        Graph small = TestGraphs.small();
        Neo4jLoader.load(neo4j, small);
        // fx-002 is edited: the negated statement is gone, the meeting sentence moves.
        Article old = small.articles().get(1);
        Article edited = old.withText("On Friday, the mayor of Riverton, Tom O'Neil, met with union leaders.");
        Evidence moved = new Evidence("fx-002", 0, 0, 70, edited.text(), "verb-frame", 0.95);
        Fact meeting = small.facts().stream().filter(f -> f.id().equals("fact/fx-002-0-met-with")).findFirst().orElseThrow();
        Fact meetingAgain = new Fact(meeting.id(), meeting.subject(), meeting.predicate(), meeting.object(),
                meeting.subjectId(), meeting.objectId(), meeting.polarity(), meeting.modality(), meeting.attributedTo(),
                meeting.event(), meeting.date(), meeting.role(), List.of(moved));
        // A new article repeats the LEADS fact of fx-001: one fact, two evidences.
        Article third = new Article("fx-003", "Nordlys results", "Fixture Wire", "2025-05-01", null, null, null,
                "Maria Lindqvist, who runs Nordlys Energy, presented the results.");
        Fact leads = small.facts().stream().filter(f -> f.id().equals("fact/fx-001-1-leads")).findFirst().orElseThrow();
        Fact leadsAgain = new Fact(leads.id(), leads.subject(), leads.predicate(), leads.object(), leads.subjectId(),
                leads.objectId(), leads.polarity(), leads.modality(), null, null, null, null,
                List.of(new Evidence("fx-003", 0, 0, 65, third.text(), "role-title", 0.7)));
        Graph update = new Graph(List.of(edited, third), small.entities().stream()
                .filter(e -> e.articles().contains("fx-002")).toList(),
                List.of(meetingAgain, leadsAgain), small.events().stream().filter(e -> e.article().equals("fx-002")).toList());

        LoadCounts counts = Neo4jLoader.load(neo4j, update);

        assertThat(counts.articlesReplaced()).isEqualTo(1);
        assertThat(TestNeo4j.count(neo4j, "MATCH (a:Article) RETURN count(a)")).isEqualTo(3);
        // fx-002's other facts (negated COMMUNICATED_WITH, LEADS Riverton, CRITICIZED) are gone; fx-001's stay.
        assertThat(TestNeo4j.count(neo4j, "MATCH ()-[r]->() WHERE 'fx-002' IN r.evidenceArticles RETURN count(r)")).isEqualTo(1);
        assertThat(TestNeo4j.count(neo4j, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)")).isEqualTo(5);
        Record met = TestNeo4j.query(neo4j, "MATCH ()-[r:MET_WITH]->() RETURN r.evidenceEnds AS ends, r.confidence AS c", Map.of()).get(0);
        assertThat(met.get("ends").asList()).containsExactly(70L);
        assertThat(met.get("c").asDouble()).isEqualTo(0.95);
        Record lead = TestNeo4j.query(neo4j, "MATCH ()-[r:LEADS {factId: 'fact/fx-001-1-leads'}]->() RETURN r.evidenceArticles AS a, r.articleCount AS n", Map.of()).get(0);
        assertThat(lead.get("a").asList()).containsExactly("fx-001", "fx-003");
        assertThat(lead.get("n").asLong()).isEqualTo(2);
        // Events of fx-002 were replaced, not duplicated; mentions were replaced, not added.
        assertThat(TestNeo4j.count(neo4j, "MATCH (e:Event) RETURN count(e)")).isEqualTo(2);
        assertThat(TestNeo4j.count(neo4j, "MATCH (e:Entity {id: 'person/tom-o-neil'}) RETURN e.mentions")).isEqualTo(2);

        // And loading the same update again changes nothing.
        long nodes = TestNeo4j.nodes(neo4j);
        long rels = TestNeo4j.relationships(neo4j);
        List<Map<String, Object>> before = snapshot();
        Neo4jLoader.load(neo4j, update);
        assertThat(TestNeo4j.nodes(neo4j)).isEqualTo(nodes);
        assertThat(TestNeo4j.relationships(neo4j)).isEqualTo(rels);
        assertThat(snapshot()).isEqualTo(before);

        // fx-003 edited again, no longer naming the head of Nordlys: the fact keeps fx-001's evidence only.
        Neo4jLoader.load(neo4j, new Graph(List.of(third.withText("Nordlys Energy presented its results.")), List.of(),
                List.of(), List.of()));
        Record trimmed = TestNeo4j.query(neo4j, "MATCH ()-[r:LEADS {factId: 'fact/fx-001-1-leads'}]->() "
                + "RETURN r.evidenceArticles AS a, r.articleCount AS n, r.evidenceTexts AS t", Map.of()).get(0);
        assertThat(trimmed.get("a").asList()).containsExactly("fx-001");
        assertThat(trimmed.get("n").asLong()).isEqualTo(1);
        assertThat(trimmed.get("t").asList()).hasSize(1).doesNotContain(third.text());
    }

    /** Every node and relationship with its properties, in a stable order. */
    private static List<Map<String, Object>> snapshot() {
        return TestNeo4j.query(neo4j, """
                MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
                WITH n, r, m ORDER BY coalesce(n.id, ''), type(r), coalesce(r.factId, ''), coalesce(m.id, '')
                RETURN labels(n) AS l, properties(n) AS p, type(r) AS t, properties(r) AS rp, m.id AS to""", Map.of())
                .stream().map(r -> {
                    // loadedAt differs by design: it says which load last wrote the node or relationship.
                    Map<String, Object> row = new java.util.HashMap<>(r.asMap());
                    for (String k : List.of("p", "rp")) {
                        if (row.get(k) instanceof Map<?, ?> props) {
                            Map<Object, Object> copy = new java.util.HashMap<>(props);
                            copy.remove("loadedAt");
                            row.put(k, copy);
                        }
                    }
                    return row;
                }).toList();
    }
}
