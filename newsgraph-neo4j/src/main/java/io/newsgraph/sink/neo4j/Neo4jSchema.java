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
     * Creates what is missing and waits until every index is online. The statements run in one
     * transaction: the indexes it creates are then populated by one job after the commit, in one
     * pass over the nodes, where a transaction each started a job (and a pass over the entities)
     * per index. After a bulk import of 303k nodes this took 4.2 to 4.4 s (CPU 3.0 to 3.2 s)
     * against 6.2 to 6.6 s (CPU 3.6 s) a statement at a time, alternately in one JVM; the
     * uniqueness constraints still populate their indexes one by one inside the transaction.
     */
    public static void apply(Driver driver, String database) {
        QueryConfig config = QueryConfig.builder().withDatabase(database).build();
        dropSynchronousNameIndex(driver, config);
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> statements().forEach(statement -> tx.run(statement).consume()));
        }
        driver.executableQuery("CALL db.awaitIndexes(300)").withConfig(config).execute();
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
