package io.newsgraph.sink.neo4j.bench;

import io.newsgraph.model.Fact;
import io.newsgraph.model.stream.ForwardingSink;
import io.newsgraph.model.stream.GraphSink;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * Times a sink in two phases: nodes (articles, entities, events, from after start() to the first
 * fact) and relationships (from the first fact until finish() returns). Schema set-up in start()
 * is not counted.
 */
public final class PhaseTimer extends ForwardingSink {
    private final GraphSink delegate;
    private long started;
    private long firstFact;
    private long finished;
    private long cpuStarted;
    private long cpuFirstFact;
    private long cpuFinished;

    public PhaseTimer(GraphSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public void start() {
        delegate.start();
        started = System.nanoTime();
        cpuStarted = processCpuNanos();
    }

    @Override
    protected void forward(Consumer<GraphSink> call) {
        call.accept(delegate);
    }

    @Override
    public void fact(Fact fact) {
        boolean first = firstFact == 0;
        delegate.fact(fact);
        if (first) {
            // The first fact flushes the last buffered nodes: that belongs to the node phase.
            firstFact = System.nanoTime();
            cpuFirstFact = processCpuNanos();
        }
    }

    @Override
    public void finish() {
        delegate.finish();
        finished = System.nanoTime();
        cpuFinished = processCpuNanos();
        if (firstFact == 0) {
            firstFact = finished;
            cpuFirstFact = cpuFinished;
        }
    }

    public double nodeSeconds() {
        return (firstFact - started) / 1e9;
    }

    public double relationshipSeconds() {
        return (finished - firstFact) / 1e9;
    }

    /**
     * CPU time of the whole process (client, embedded server, GC) in the node phase. On a shared
     * machine wall time depends on the neighbours; CPU time much less, so it compares variants.
     */
    public double nodeCpuSeconds() {
        return (cpuFirstFact - cpuStarted) / 1e9;
    }

    public double relationshipCpuSeconds() {
        return (cpuFinished - cpuFirstFact) / 1e9;
    }

    /** CPU time of the whole process so far (0 where the JVM cannot tell). */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
