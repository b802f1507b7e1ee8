package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental load recomputes only the claims its articles touch. Corpus A is the claims
 * corpus without City Hall's denial; corpus B is that denial, written with the two people the
 * other way round (MET_WITH is symmetric: "Oskarsson did not meet Varga" denies "Varga met
 * Oskarsson"). After A then B, the dinner claim is disputed, the spokesman's WORKS_FOR claim is
 * new, every other claim keeps its values and its stamp, and the claims equal those of a clean
 * load of A and B together.
 */
class ClaimsIncrementalIT {
    private static final String CLAIMS = """
            MATCH (c:Claim)
            RETURN c.id AS id, c.loadedAt AS loadedAt, properties(c) AS props,
                   [(c)-[b:CLAIMED_BY]->(e) | {stance: b.stance, entity: e.id, articles: b.articles, quotes: b.quotes}] AS speakers""";

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

    @BeforeEach
    void empty() {
        TestNeo4j.wipe(neo4j);
    }

    /** Each claim's properties (but its stamp) and speakers, by claim id. */
    private static Map<String, String> claims() {
        return byId(r -> {
            Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
            props.remove("loadedAt");
            List<String> speakers = r.get("speakers").asList(v -> new TreeMap<>(v.asMap()).toString());
            return props + " " + sortedList(speakers);
        });
    }

    private static Map<String, String> stamps() {
        return byId(r -> r.get("loadedAt").asOffsetDateTime().toString());
    }

    private static Map<String, String> byId(Function<Record, String> value) {
        Map<String, String> out = new TreeMap<>();
        for (Record r : TestNeo4j.query(neo4j, CLAIMS, Map.of())) {
            out.put(r.get("id").asString(), value.apply(r));
        }
        return out;
    }

    private static List<String> sortedList(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static String metClaimId() {
        return io.newsgraph.claims.Claim.id("person/ilse-varga", Predicate.MET_WITH, "person/pavel-oskarsson");
    }

    @Test
    void onlyTheClaimsTheLoadTouchesAreRecomputedAndTheResultEqualsACleanLoad() {
        Graph a = only(corpus, article -> !article.equals("daily-denial"));
        Graph b = reversedDenial(only(corpus, article -> article.equals("daily-denial")));

        Neo4jLoader.load(neo4j, a);
        int first = ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        Map<String, String> claimsOfA = claims();
        Map<String, String> stampsOfA = stamps();
        assertThat(claimsOfA).hasSize(first).containsKey(metClaimId());
        assertThat(claimsOfA.get(metClaimId())).contains("status=corroborated");

        Neo4jLoader.load(neo4j, b);
        int second = ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        Map<String, String> incremental = claims();
        Map<String, String> stampsAfter = stamps();
        assertThat(second).isEqualTo(first + 1); // the spokesman's job is a new claim
        assertThat(incremental.get(metClaimId())).contains("status=disputed", "denying=[daily-denial]", "denyingOutlets=1");

        List<String> changed = new ArrayList<>();
        List<String> restamped = new ArrayList<>();
        for (String id : claimsOfA.keySet()) {
            if (!claimsOfA.get(id).equals(incremental.get(id))) {
                changed.add(id);
            }
            if (!stampsOfA.get(id).equals(stampsAfter.get(id))) {
                restamped.add(id);
            }
        }
        assertThat(changed).containsExactly(metClaimId());
        assertThat(restamped).as("claims B does not touch are not rewritten").containsExactly(metClaimId());

        // Reloading B unchanged recomputes the same two claims to the same values.
        Neo4jLoader.load(neo4j, b);
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        assertThat(claims()).isEqualTo(incremental);

        TestNeo4j.wipe(neo4j);
        Neo4jLoader.load(neo4j, merged(a, b));
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        assertThat(claims()).as("a clean load of A and B").isEqualTo(incremental);
    }

    @Test
    void aReloadedArticleThatWithdrewItsStatementUpdatesTheClaimItLeaves() {
        Neo4jLoader.load(neo4j, corpus);
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        String blogClaim = io.newsgraph.claims.Claim.id("person/ilse-varga", Predicate.CRITICIZED, "person/ruth-brannigan");
        assertThat(claims()).containsKey(blogClaim);

        // radio-blog comes again without the sentence: its fact, and so its claim, are gone.
        Graph withdrawn = only(corpus, article -> article.equals("radio-blog"));
        Neo4jLoader.load(neo4j, new Graph(withdrawn.articles(), withdrawn.entities(), List.of(), withdrawn.events()));
        ClaimNodes.refresh(neo4j.driver(), neo4j.database());
        Map<String, String> incremental = claims();
        assertThat(incremental).doesNotContainKey(blogClaim);

        TestNeo4j.wipe(neo4j);
        Neo4jLoader.load(neo4j, corpus);
        Neo4jLoader.load(neo4j, new Graph(withdrawn.articles(), withdrawn.entities(), List.of(), withdrawn.events()));
        ClaimNodes.refreshAll(neo4j.driver(), neo4j.database());
        assertThat(claims()).isEqualTo(incremental);
    }

    /** B's denial with its two people swapped: the same symmetric claim, stored the other way round. */
    private static Graph reversedDenial(Graph g) {
        List<Fact> facts = new ArrayList<>();
        for (Fact f : g.facts()) {
            if (f.predicate() == Predicate.MET_WITH && f.polarity() == Polarity.NEGATIVE) {
                f = new Fact(f.id(), f.object(), f.predicate(), f.subject(), f.objectId(), f.subjectId(), f.polarity(),
                        f.modality(), f.attributedTo(), f.event(), f.date(), f.role(), f.evidence());
            }
            facts.add(f);
        }
        return new Graph(g.articles(), g.entities(), facts, g.events());
    }

    private static Graph merged(Graph a, Graph b) {
        List<Fact> facts = new ArrayList<>(a.facts());
        facts.addAll(b.facts());
        List<io.newsgraph.model.Article> articles = new ArrayList<>(a.articles());
        articles.addAll(b.articles());
        List<io.newsgraph.model.Event> events = new ArrayList<>(a.events());
        events.addAll(b.events());
        return new Graph(articles, a.entities(), facts, events);
    }

    /**
     * :Claim nodes loaded in two passes as an analyst would: the first reports, then City Hall's
     * denial. The claim's status, outlets, speakers and dates follow the second load.
     */
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
        Set<String> keep = Set.copyOf(g.articles().stream().map(x -> x.id()).filter(article).toList());
        return new Graph(g.articles().stream().filter(x -> keep.contains(x.id())).toList(), g.entities(), facts,
                g.events().stream().filter(e -> keep.contains(e.article())).toList());
    }
}
