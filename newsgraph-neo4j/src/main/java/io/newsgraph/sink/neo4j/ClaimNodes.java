package io.newsgraph.sink.neo4j;

import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Claims;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Stance;
import io.newsgraph.claims.Statement;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphCollector;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of the graph in the database as {@code :Claim} nodes, computed from what the database
 * holds after a load (so a load of new articles updates the claims their facts belong to, and a
 * reloaded article that withdrew a statement changes its claim's status):
 * <pre>
 * (:Claim {id, subjectId, predicate, objectId, status, outlets, denyingOutlets, supporting, denying,
 *          hypothetical, speakers, firstReported, lastReported, factIds, loadedAt})
 * (:Claim)-[:SUBJECT]->(:Entity)   (:Claim)-[:OBJECT]->(:Entity)
 * (:Claim)-[:CLAIMED_BY {stance: 'supports'|'denies', articles, quotes}]->(:Entity)   a named speaker
 * </pre>
 * Claims of the graph that no longer have statements are deleted. A refresh after a load reads
 * back and recomputes only the claims the load's articles touch ({@link ClaimScope}), as
 * {@link Claims} needs every article of a claim but nothing beyond; the first refresh, and
 * {@link #refreshAll}, read the whole graph.
 */
public final class ClaimNodes {
    private static final int BATCH = 2_000;

    private ClaimNodes() {
    }

    /**
     * Brings the claims up to date with what was loaded since the last refresh: only the claims the
     * newly loaded articles touch are read back, recomputed and written ({@link ClaimScope});
     * the others keep their values and stamps. With no claim in the database yet, every claim is
     * computed. Returns how many claims the database holds.
     */
    public static int refresh(Driver driver, String database) {
        try (Session session = driver.session(SessionConfig.builder().withDatabase(database).build())) {
            OffsetDateTime since = ClaimScope.lastRefresh(session);
            if (since == null) {
                return refreshAll(driver, database);
            }
            Set<ClaimScope.Key> touched = ClaimScope.touched(session, since);
            if (!touched.isEmpty()) {
                List<Claim> claims = Claims.of(ClaimScope.read(session, touched)).stream()
                        .filter(c -> touched.contains(ClaimScope.Key.of(c))).toList();
                OffsetDateTime stamp = LoadStamp.next();
                write(session, claims, stamp);
                List<String> ids = touched.stream().map(ClaimScope.Key::id).toList();
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MATCH (c:Claim) WHERE c.id IN $ids AND c.loadedAt <> $loadedAt
                        DETACH DELETE c""", Map.of("ids", ids, "loadedAt", stamp)).consume());
            }
            return session.executeRead(tx -> tx.run("MATCH (c:Claim) RETURN count(c) AS n").single().get("n").asInt());
        }
    }

    /** Recomputes every claim from the whole database and writes them; returns how many claims there are. */
    public static int refreshAll(Driver driver, String database) {
        GraphCollector collector = new GraphCollector();
        new Neo4jGraphReader(driver, database).read(collector);
        Graph g = collector.graph();
        List<Claim> claims = Claims.of(g);
        OffsetDateTime stamp = LoadStamp.next();
        try (Session session = driver.session(SessionConfig.builder().withDatabase(database).build())) {
            write(session, claims, stamp);
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (c:Claim) WHERE c.loadedAt IS NULL OR c.loadedAt <> $loadedAt
                    DETACH DELETE c""", Map.of("loadedAt", stamp)).consume());
        }
        return claims.size();
    }

    private static void write(Session session, List<Claim> claims, OffsetDateTime stamp) {
        List<Map<String, Object>> rows = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            rows.add(row(c));
        }
        for (int i = 0; i < rows.size(); i += BATCH) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + BATCH));
            session.executeWriteWithoutResult(tx -> tx.run(WRITE, Map.of("rows", batch, "loadedAt", stamp)).consume());
        }
    }

    static final String WRITE = """
            UNWIND $rows AS row
            MERGE (c:Claim {id: row.id})
            SET c += row.props, c.loadedAt = $loadedAt
            WITH c, row
            CALL (c) {
              MATCH (c)-[old:SUBJECT|OBJECT|CLAIMED_BY]->()
              DELETE old
            }
            WITH c, row
            MATCH (s:Entity {id: row.props.subjectId}), (o:Entity {id: row.props.objectId})
            MERGE (c)-[:SUBJECT]->(s)
            MERGE (c)-[:OBJECT]->(o)
            WITH c, row
            UNWIND row.speakers AS sp
            MATCH (e:Entity {id: sp.entityId})
            CREATE (c)-[:CLAIMED_BY {stance: sp.stance, articles: sp.articles, quotes: sp.quotes}]->(e)""";

    private static Map<String, Object> row(Claim c) {
        Map<String, Object> props = new HashMap<>();
        props.put("subjectId", c.subjectId());
        props.put("subject", c.subject());
        props.put("predicate", c.predicate().name());
        props.put("objectId", c.objectId());
        props.put("object", c.object());
        props.put("status", c.status().json());
        props.put("outlets", (long) c.outlets());
        props.put("denyingOutlets", (long) c.denyingOutlets());
        props.put("supporting", c.supporting());
        props.put("denying", c.denying());
        props.put("hypothetical", c.hypothetical());
        props.put("speakers", c.speakers().stream().map(Speaker::name).distinct().toList());
        props.put("factIds", c.factIds());
        if (c.firstReported() != null) {
            props.put("firstReported", c.firstReported());
            props.put("lastReported", c.lastReported());
        }
        return Map.of("id", id(c), "props", props, "speakers", speakerRows(c));
    }

    /** One row per named speaker and side, with the articles and sentences behind it. */
    private static List<Map<String, Object>> speakerRows(Claim c) {
        Map<String, Map<String, Object>> bySpeaker = new LinkedHashMap<>();
        for (Statement s : c.statements()) {
            Speaker sp = s.speaker();
            if (sp == null || !sp.named() || s.stance() == Stance.HYPOTHETICAL) {
                continue;
            }
            String stance = s.stance() == Stance.SUPPORTS ? "supports" : "denies";
            Map<String, Object> row = bySpeaker.computeIfAbsent(sp.entityId() + "|" + stance, k -> {
                Map<String, Object> m = new HashMap<>();
                m.put("entityId", sp.entityId());
                m.put("stance", stance);
                m.put("articles", new ArrayList<String>());
                m.put("quotes", new ArrayList<String>());
                return m;
            });
            @SuppressWarnings("unchecked") List<String> articles = (List<String>) row.get("articles");
            @SuppressWarnings("unchecked") List<String> quotes = (List<String>) row.get("quotes");
            if (!articles.contains(s.article())) {
                articles.add(s.article());
            }
            quotes.add(s.evidence().text());
        }
        return List.copyOf(bySpeaker.values());
    }

    /** Stable across loads: the claim's two ends and predicate (see {@link Claim#id()}). */
    static String id(Claim c) {
        return c.id();
    }
}
