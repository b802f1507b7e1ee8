package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One load written by many workers at once (the partitions of a Spark job), with what
 * {@link Neo4jLoader} gives one process: the same schema, one {@code loadedAt} stamp for every
 * write, the load lease, and the sweep of replaced articles. The coordinator {@link #begin begins}
 * the load; workers write each kind of record in its own step through {@link PartitionWrites}
 * with the {@link #ticket()}, all articles before any entity, entities before events, events
 * before facts (the order the sweep relies on); the coordinator then {@link #finish finishes} it
 * with the ids of the articles the workers found already in the database, and closes it.
 */
public final class PartitionedLoad implements AutoCloseable {
    /** What a worker needs to write its part of the load; holds no credentials. */
    public record Ticket(String database, int batchSize, OffsetDateTime loadedAt) implements Serializable {
        public Ticket {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
        }
    }

    private final Driver driver;
    private final Ticket ticket;
    private LoadLease lease;

    private PartitionedLoad(Driver driver, Ticket ticket, LoadLease lease) {
        this.driver = driver;
        this.ticket = ticket;
        this.lease = lease;
    }

    /** Applies the schema, waits for any other load to finish, and stamps this one. */
    public static PartitionedLoad begin(Driver driver, String database, int batchSize) {
        Neo4jSchema.apply(driver, database);
        LoadLease lease = LoadLease.acquire(driver, database);
        return new PartitionedLoad(driver, new Ticket(database, batchSize, LoadStamp.next()), lease);
    }

    public Ticket ticket() {
        return ticket;
    }

    /**
     * Sweeps what the replaced articles said before and this load did not say again, and waits
     * until the name index has what was written; returns what the sweep deleted.
     */
    public PartitionWrites.Written finish(Set<String> replaced) {
        PartitionWrites.Tally tally = new PartitionWrites.Tally();
        try (Session session = driver.session(SessionConfig.forDatabase(ticket.database()))) {
            ReplacedArticles.sweep(session, replaced, ticket.loadedAt(), tally::add);
            ReplacedArticles.awaitNameIndex(session);
        }
        return tally.written(0);
    }

    /** Releases the lease (a load that failed half way leaves its writes; a later load of the same input completes it). */
    @Override
    public void close() {
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }
}
