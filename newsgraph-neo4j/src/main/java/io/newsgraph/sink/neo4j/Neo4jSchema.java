package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Predicate;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Constraints and indexes of the newsgraph graph model. Deliberately no indexes on fact
 * relationships: every fact write would pay for them (a full-text index on evidence sentences
 * means Lucene work per fact), and facts are reached from their entities anyway; MERGE
 * finds a fact between two known nodes by expanding the one with fewer relationships. cypher/schema.cypher holds the same
 * statements with the model documented around them (Neo4jSchemaTest keeps the two equal).
 * Every statement is idempotent (IF NOT EXISTS), so the loader runs them before each load.
 */
public final class Neo4jSchema {
    /** Labels of entity nodes by type; :Event is taken by event nodes, so Event-type entities are :NamedEvent. */
    public static final String ENTITY_TYPE_LABELS = ":Person:Organization:Location:Product:NamedEvent:Other";

    private Neo4jSchema() {
    }

    public static List<String> statements() {
        List<String> s = new ArrayList<>(List.of(
                "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
                "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
                "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
                "CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status)",
                "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] "
                        + "OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"));
        return s;
    }

    /** All core predicates as a relationship-type alternation, e.g. OWNS|FOUNDED|... */
    public static String allPredicates() {
        StringBuilder b = new StringBuilder();
        for (Predicate p : Predicate.values()) {
            b.append(b.length() == 0 ? "" : "|").append(p.name());
        }
        return b.toString();
    }

    /**
     * Creates what is missing and waits until every index is online. The statements run in three
     * transactions, in this order: the full-text index, then the other indexes, then the
     * uniqueness constraints. Each index transaction starts one population job after its commit,
     * and a job makes one pass over the nodes for all its indexes; the constraints populate their
     * own indexes inside their transaction. So on a store a bulk import has just written, the
     * full-text index (by far the slowest: Lucene analyses every name and alias) populates beside
     * the rest instead of after it. After a bulk import of 303k nodes, warm, alternately: 2.11 to
     * 2.26 s against 2.48 to 2.59 s with every statement in one transaction, whose single job began
     * only after the constraints. (One transaction per statement, a job and a pass each, had been
     * 6.2 to 6.6 s against 4.2 to 4.4 s for one transaction, measured before the importer's
     * in-memory input.)
     */
    public static void apply(Driver driver, String database) {
        QueryConfig config = QueryConfig.builder().withDatabase(database).build();
        dropSynchronousNameIndex(driver, config);
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            for (List<String> group : populationOrder(statements())) {
                session.executeWriteWithoutResult(tx -> group.forEach(statement -> tx.run(statement).consume()));
            }
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").withConfig(config).execute();
    }

    /** The statements in the transactions {@link #apply} runs: full-text indexes, other indexes, constraints. */
    static List<List<String>> populationOrder(List<String> statements) {
        List<List<String>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String statement : statements) {
            int group = statement.startsWith("CREATE FULLTEXT INDEX") ? 0 : statement.startsWith("CREATE INDEX") ? 1 : 2;
            groups.get(group).add(statement);
        }
        return groups.stream().filter(g -> !g.isEmpty()).toList();
    }

    /**
     * Databases loaded by newsgraph 0.1 have the name index updated inside every transaction;
     * it is dropped here so that the statements above create it again, eventually consistent
     * (populating it again takes seconds even for a large graph).
     */
    private static void dropSynchronousNameIndex(Driver driver, QueryConfig config) {
        boolean synchronous = driver.executableQuery("""
                        SHOW FULLTEXT INDEXES YIELD name, options
                        WHERE name = 'entity_names'
                          AND coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) = false
                        RETURN count(*) > 0 AS found""")
                .withConfig(config).execute().records().get(0).get("found").asBoolean();
        if (synchronous) {
            driver.executableQuery("DROP INDEX entity_names IF EXISTS").withConfig(config).execute();
        }
    }
}
