package io.newsgraph.sink.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One load at a time per database. Replacing an article is mark and sweep over many
 * transactions: a second load sweeping while the first still writes would delete what the
 * first just wrote (measured: two concurrent loads of one corpus lost 22 entities and 1,250
 * mentions). So a load holds a lease, a single node with its owner and an expiry time, renewed
 * in the background; another load waits for it. A killed load stops renewing and its lease
 * expires after {@link #ttl()}. Times are the server's, so client clocks do not matter.
 */
final class LoadLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadLease.class);
    private static final Duration TTL = Duration.ofSeconds(20);
    /**
     * A shorter lease, in seconds, for the fault tests: after a killed load the next one waits out
     * the lease, and two such waits of 20 s were most of LoadFaultsIT's time. Not for users: a
     * lease shorter than a pause of the loading process (a long collection, a stalled machine)
     * lets a second load in while the first still writes.
     */
    static final String TTL_PROPERTY = "newsgraph.loadLease.ttlSeconds";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_WAIT = Duration.ofMinutes(60);

    private static final String CONSTRAINT =
            "CREATE CONSTRAINT newsgraph_load_lease IF NOT EXISTS FOR (l:NewsgraphLoadLease) REQUIRE l.id IS UNIQUE";
    private static final String ACQUIRE = """
            MERGE (l:NewsgraphLoadLease {id: 'lease'})
            WITH l, l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp() AS free
            SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
                l.expiresAt = CASE WHEN free THEN timestamp() + $ttl ELSE l.expiresAt END
            RETURN free, l.owner AS holder, l.expiresAt - timestamp() AS remaining""";
    private static final String RENEW = """
            MATCH (l:NewsgraphLoadLease {id: 'lease', owner: $owner})
            SET l.expiresAt = timestamp() + $ttl""";
    private static final String RELEASE = "MATCH (l:NewsgraphLoadLease {id: 'lease', owner: $owner}) DELETE l";

    private final Driver driver;
    private final QueryConfig config;
    private final String owner;
    private final ScheduledExecutorService heartbeat;

    private LoadLease(Driver driver, String database, String owner) {
        this.driver = driver;
        this.config = QueryConfig.builder().withDatabase(database).build();
        this.owner = owner;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-load-lease");
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits until no other load holds the lease, then holds it until {@link #close()}. */
    static LoadLease acquire(Driver driver, String database) {
        LoadLease lease = new LoadLease(driver, database, UUID.randomUUID().toString());
        driver.executableQuery(CONSTRAINT).withConfig(lease.config).execute();
        long giveUp = System.nanoTime() + MAX_WAIT.toNanos();
        boolean told = false;
        while (true) {
            Record r = driver.executableQuery(ACQUIRE).withParameters(Map.of("owner", lease.owner, "ttl", ttl().toMillis()))
                    .withConfig(lease.config).execute().records().get(0);
            if (r.get("free").asBoolean()) {
                break;
            }
            if (System.nanoTime() > giveUp) {
                throw new Neo4jException("another newsgraph load has held database " + database + " for over "
                        + MAX_WAIT.toMinutes() + " minutes; try again when it has finished");
            }
            if (!told) {
                LOG.warn("another newsgraph load is writing to this database; waiting for it to finish "
                        + "(its lease expires in {} s unless renewed)", Math.max(0, r.get("remaining").asLong() / 1000));
                told = true;
            }
            sleep(POLL);
        }
        long renewEvery = ttl().toMillis() / 4;
        lease.heartbeat.scheduleWithFixedDelay(lease::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        return lease;
    }

    private void renew() {
        try {
            driver.executableQuery(RENEW).withParameters(Map.of("owner", owner, "ttl", ttl().toMillis()))
                    .withConfig(config).execute();
        } catch (RuntimeException e) {
            // The database or the driver is gone: the load itself fails; the lease expires on its own.
            LOG.debug("could not renew the load lease: {}", e.getMessage());
            heartbeat.shutdown();
        }
    }

    @Override
    public void close() {
        // Let a renewal under way finish rather than interrupt it: an interrupted query is logged
        // by the server as a warning with a stack trace, on every load longer than a renewal period.
        heartbeat.shutdown();
        try {
            if (!heartbeat.awaitTermination(10, TimeUnit.SECONDS)) {
                heartbeat.shutdownNow();
            }
        } catch (InterruptedException e) {
            heartbeat.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            driver.executableQuery(RELEASE).withParameters(Map.of("owner", owner)).withConfig(config).execute();
        } catch (RuntimeException e) {
            LOG.debug("could not release the load lease (it expires in {} s): {}", ttl().toSeconds(), e.getMessage());
        }
    }

    /** How long a lease lasts without renewal; renewed every quarter of it. */
    static Duration ttl() {
        return SecondsProperty.read(TTL_PROPERTY, TTL);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Neo4jException("interrupted while waiting for another load to finish");
        }
    }
}
