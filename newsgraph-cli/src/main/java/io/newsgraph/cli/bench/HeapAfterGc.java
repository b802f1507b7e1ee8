package io.newsgraph.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The largest heap in use right after a garbage collection, from the JVM's GC notifications: for
 * each collection, the sum of the heap pools' usage after it; the maximum since {@link #reset}.
 * Unlike the pools' peak usage, which includes garbage not yet collected, this is close to what
 * the heap had to hold (an upper bound of it: a young collection leaves old garbage in place).
 */
final class HeapAfterGc implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong explicitCollections = new AtomicLong();
    private final AtomicLong afterExplicit = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    HeapAfterGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        peak.accumulateAndGet(used, Math::max);
        if ("System.gc()".equals(info.getGcCause())) {
            afterExplicit.set(used);
            explicitCollections.incrementAndGet();
        }
    }

    long heapUsed(Map<String, MemoryUsage> afterGc) {
        return afterGc.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** Forgets the peak so far. */
    void reset() {
        peak.set(0);
    }

    long peakBytes() {
        return peak.get();
    }

    /** The peak so far or what is live now after a full collection, whichever is larger. */
    long peakIncludingNow() {
        return Math.max(peakBytes(), collectNow());
    }

    /**
     * Runs a full collection and waits for its notification (they arrive on another thread), so
     * the peak includes what is live now; returns the heap in use after it. Without a notification
     * (-XX:+DisableExplicitGC), the heap in use is taken instead.
     */
    long collectNow() {
        long before = explicitCollections.get();
        System.gc();
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (explicitCollections.get() == before && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (explicitCollections.get() == before) {
            afterExplicit.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            peak.accumulateAndGet(afterExplicit.get(), Math::max);
        }
        return afterExplicit.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // Already gone: nothing to undo.
            }
        }
    }
}
