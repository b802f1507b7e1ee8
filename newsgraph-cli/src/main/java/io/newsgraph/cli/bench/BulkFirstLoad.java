package io.newsgraph.cli.bench;

import io.newsgraph.sink.neo4j.BulkImport;
import io.newsgraph.sink.neo4j.ImportFiles;
import io.newsgraph.sink.neo4j.Neo4jSchema;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.bench.PhaseTimer;
import io.newsgraph.sink.neo4j.bench.SyntheticGraph;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The bench's first load through Neo4j's importer (fed the in-memory tables in this process, as
 * {@code load --bulk} does, or, with {@code --bulk-input=files}, the CSV files), measured as the loader's first load is: after
 * a warm-up on a tenth of the data with other ids (the loader gets one in its store; the importer
 * runs in the same JVM, so its own code would otherwise be timed cold, about twice as slow on a
 * million facts), then timed: the import files written, the importer run into a new store, and,
 * once the store is open, its constraints and indexes created and populated as {@code load --bulk}
 * does. The loader maintains those indexes inside its timed transactions; a bulk load pays for
 * them afterwards, so a fair comparison counts them. Opening the store is not timed (the loader's
 * server start is not either).
 */
final class BulkFirstLoad {
    /** Seconds of each step of the timed load, and the process CPU time of files and importer, and of the indexes. */
    record Times(double files, double importer, double indexes, double cpu, double indexCpu) {
        double withoutIndexes() {
            return files + importer;
        }

        double whole() {
            return files + importer + indexes;
        }
    }

    /** Opens an embedded server on a folder, runs the work, closes it. */
    private final BiFunction<Path, Function<Neo4jTarget, Object>, Object> inServer;
    private final PrintWriter out;
    /** Whether the importer reads CSV files (as before, and as a user's server does) rather than the in-memory tables. */
    private final boolean viaFiles;

    BulkFirstLoad(BiFunction<Path, Function<Neo4jTarget, Object>, Object> inServer, PrintWriter out, boolean viaFiles) {
        this.inServer = inServer;
        this.out = out;
        this.viaFiles = viaFiles;
    }

    /** The warm-up on {@code warm} (printed, not returned), then the timed load of {@code graph} into a new store. */
    Times run(SyntheticGraph graph, SyntheticGraph warm, Path dir) {
        print("warm-up, bulk (cold importer)", warm, load(warm, dir.resolve("warm")));
        Times t = load(graph, dir.resolve("timed"));
        print("bulk first load (neo4j importer)", graph, t);
        if (!viaFiles) {
            printTablesHeap(graph);
        }
        return t;
    }

    /** Untimed, after the timed load: the heap the in-memory tables of the graph hold, between two full collections. */
    private void printTablesHeap(SyntheticGraph graph) {
        try (HeapAfterGc heap = new HeapAfterGc()) {
            long before = heap.collectNow();
            ImportFiles tables = ImportFiles.inMemory(OffsetDateTime.now(ZoneOffset.UTC));
            graph.replay(tables);
            long after = heap.collectNow();
            out.printf(Locale.ROOT, "%-40s %,.0f MiB of heap for %,d nodes and %,d relationships%n", "bulk in-memory tables",
                    (after - before) / 1048576.0, tables.nodes(), graph.relationships());
            out.flush();
        }
    }

    private Times load(SyntheticGraph graph, Path dir) {
        long cpu0 = PhaseTimer.processCpuNanos();
        long t0 = System.nanoTime();
        Path files = dir.resolve("import");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ImportFiles written = viaFiles ? new ImportFiles(files, now) : ImportFiles.inMemory(now);
        graph.replay(written);
        long t1 = System.nanoTime();
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            if (viaFiles) {
                BulkImport.into(dir.resolve("home"), files, Neo4jTarget.EMBEDDED_DATABASE, written.multilineFiles(), quiet, quiet);
            } else {
                BulkImport.into(dir.resolve("home"), written, Neo4jTarget.EMBEDDED_DATABASE, quiet);
            }
        }
        long t2 = System.nanoTime();
        long cpu2 = PhaseTimer.processCpuNanos();
        long[] indexed = new long[2];
        inServer.apply(dir.resolve("home"), t -> {
            long cpu3 = PhaseTimer.processCpuNanos();
            long t3 = System.nanoTime();
            Neo4jSchema.apply(t.driver(), t.database());
            indexed[0] = System.nanoTime() - t3;
            indexed[1] = PhaseTimer.processCpuNanos() - cpu3;
            BenchLoadCommand.checkHolds(t, "bulk import", graph.nodes(), graph.relationships());
            return null;
        });
        return new Times((t1 - t0) / 1e9, (t2 - t1) / 1e9, indexed[0] / 1e9, (cpu2 - cpu0) / 1e9, indexed[1] / 1e9);
    }

    private void print(String what, SyntheticGraph graph, Times t) {
        out.printf(Locale.ROOT, "%-40s %,d nodes and %,d facts in %.2f s (files %.2f s, importer %.2f s; cpu %.2f s): %,9.0f facts/s;"
                        + " with indexes %.2f s (indexes %.2f s, cpu %.2f s): %,9.0f facts/s%n",
                what, graph.nodes(), graph.facts(), t.withoutIndexes(), t.files(), t.importer(), t.cpu(),
                graph.facts() / t.withoutIndexes(), t.whole(), t.indexes(), t.indexCpu(), graph.facts() / t.whole());
        out.flush();
    }
}
