package io.newsgraph.sink.neo4j;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loadedAt stamp of one load: the time it started, in UTC. Stamps must differ between loads
 * (mark and sweep tells this load's writes from older ones by it); the clock gives microseconds,
 * loads into one database are serialised by {@link LoadLease}, and within this JVM a stamp that
 * would repeat the last one is moved on by a nanosecond.
 */
final class LoadStamp {
    private static final AtomicReference<Instant> LAST = new AtomicReference<>(Instant.EPOCH);

    private LoadStamp() {
    }

    static OffsetDateTime next() {
        Instant now = Instant.now();
        Instant stamp = LAST.updateAndGet(last -> now.isAfter(last) ? now : last.plusNanos(1));
        return OffsetDateTime.ofInstant(stamp, ZoneOffset.UTC);
    }
}
