package io.newsgraph.sink.neo4j;

import io.newsgraph.claims.Claim;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Predicate;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an incremental claims refresh must recompute, and the part of the database it reads to
 * do so. The articles loaded since the last refresh (their {@code loadedAt} is later than the
 * newest :Claim's) touch two kinds of claims: those of the facts with evidence in them (a new
 * report, a new denial) and those whose stored article lists name them (a reloaded article may
 * have withdrawn its statement, and its fact may be gone). Only those claims are read back:
 * their facts (both directions of a symmetric predicate), the articles of that evidence with
 * their text, the DENIED facts stated in those articles (they turn a sentence into a denial) and
 * every entity's names (any entity may be a speaker).
 */
final class ClaimScope {
    /** A claim's identity as {@link io.newsgraph.claims.Claims} forms it: the ends sorted for a symmetric predicate. */
    record Key(String subjectId, Predicate predicate, String objectId) {
        static Key of(String s, Predicate p, String o) {
            return p.symmetric() && s.compareTo(o) > 0 ? new Key(o, p, s) : new Key(s, p, o);
        }

        static Key of(Claim c) {
            return new Key(c.subjectId(), c.predicate(), c.objectId());
        }

        String id() {
            return Claim.id(subjectId, predicate, objectId);
        }
    }

    private static final String FACT_COLUMNS = """
            RETURN type(r) AS predicate, elementId(r) AS elementId, properties(r) AS p,
                   s.id AS sid, s.name AS sname, s.type AS stype, labels(s) AS slabels,
                   o.id AS oid, o.name AS oname, o.type AS otype, labels(o) AS olabels""";

    private ClaimScope() {
    }

    /** The stamp of the last refresh that wrote a claim; null when there is no claim (then everything is recomputed). */
    static OffsetDateTime lastRefresh(Session session) {
        Value v = session.executeRead(tx -> tx.run("MATCH (c:Claim) RETURN max(c.loadedAt) AS last").single().get("last"));
        return v.isNull() ? null : v.asOffsetDateTime();
    }

    /** The keys of the claims that the articles loaded after {@code since} touch. */
    static Set<Key> touched(Session session, OffsetDateTime since) {
        return session.executeRead(tx -> {
            List<String> articles = tx.run("MATCH (a:Article) WHERE a.loadedAt > $since RETURN collect(a.id) AS ids",
                    Map.of("since", since)).single().get("ids").asList(Value::asString);
            Set<Key> keys = new LinkedHashSet<>();
            if (articles.isEmpty()) {
                return keys;
            }
            Map<String, Object> params = Map.of("articles", articles);
            tx.run("""
                    MATCH (s)-[r:%s]->(o)
                    WHERE r.factId IS NOT NULL AND s.id IS NOT NULL AND o.id IS NOT NULL
                      AND any(x IN r.evidenceArticles WHERE x IN $articles)
                    RETURN DISTINCT s.id AS s, type(r) AS p, o.id AS o""".formatted(Neo4jSchema.allPredicates()), params)
                    .forEachRemaining(r -> keys.add(Key.of(r.get("s").asString(), Predicate.valueOf(r.get("p").asString()),
                            r.get("o").asString())));
            tx.run("""
                    MATCH (c:Claim)
                    WHERE any(x IN coalesce(c.supporting, []) + coalesce(c.denying, []) + coalesce(c.hypothetical, [])
                              WHERE x IN $articles)
                    RETURN c.subjectId AS s, c.predicate AS p, c.objectId AS o""", params)
                    .forEachRemaining(r -> keys.add(new Key(r.get("s").asString(), Predicate.valueOf(r.get("p").asString()),
                            r.get("o").asString())));
            return keys;
        });
    }

    /** The graph the claims of these keys are computed from (see the class comment). */
    static Graph read(Session session, Set<Key> keys) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Key k : keys) {
            pairs.add(Map.of("s", k.subjectId(), "p", k.predicate().name(), "o", k.objectId()));
            if (k.predicate().symmetric()) {
                pairs.add(Map.of("s", k.objectId(), "p", k.predicate().name(), "o", k.subjectId()));
            }
        }
        return session.executeRead(tx -> {
            List<Fact> facts = new ArrayList<>();
            tx.run("""
                    UNWIND $pairs AS k
                    MATCH (s:Entity {id: k.s})-[r]->(o:Entity {id: k.o})
                    WHERE type(r) = k.p
                    """ + FACT_COLUMNS, Map.of("pairs", pairs)).forEachRemaining(r -> facts.add(Neo4jGraphReader.fact(r)));
            Set<String> articleIds = new TreeSet<>();
            facts.forEach(f -> f.evidence().forEach(e -> articleIds.add(e.article())));
            Map<String, Object> inArticles = Map.of("articles", List.copyOf(articleIds));
            tx.run("""
                    MATCH (s)-[r:DENIED]->(o)
                    WHERE s.name IS NOT NULL AND o.name IS NOT NULL AND any(x IN r.evidenceArticles WHERE x IN $articles)
                    """ + FACT_COLUMNS, inArticles).forEachRemaining(r -> facts.add(Neo4jGraphReader.fact(r)));
            List<Article> articles = new ArrayList<>();
            tx.run("""
                    MATCH (a:Article) WHERE a.id IN $articles
                    RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published,
                           a.url AS url, a.author AS author, a.path AS path, a.text AS text ORDER BY a.id""", inArticles)
                    .forEachRemaining(r -> articles.add(Neo4jGraphReader.article(r)));
            List<Entity> entities = new ArrayList<>();
            // In the reader's order (by id): the first entity to claim a name keeps it as a speaker.
            tx.run("""
                    MATCH (n:Entity) WHERE n.name IS NOT NULL
                    WITH n ORDER BY n.id
                    RETURN n.id AS id, n.name AS name, n.type AS type, labels(n) AS labels, n.aliases AS aliases,
                           n.mentions AS mentions, [] AS articles""").forEachRemaining(r -> entities.add(Neo4jGraphReader.entity(r)));
            return new Graph(articles, entities, distinct(facts), List.of());
        });
    }

    /**
     * A DENIED fact can be both a claim's fact and a denier: kept once. Sorted by id, the order the
     * full read gives, so that a claim's names come from the same first fact either way.
     */
    private static List<Fact> distinct(List<Fact> facts) {
        Map<String, Fact> byId = new LinkedHashMap<>();
        facts.forEach(f -> byId.putIfAbsent(f.id() + "|" + f.subjectId() + "|" + f.objectId(), f));
        List<Fact> out = new ArrayList<>(byId.values());
        out.sort(java.util.Comparator.comparing(Fact::id));
        return out;
    }
}
