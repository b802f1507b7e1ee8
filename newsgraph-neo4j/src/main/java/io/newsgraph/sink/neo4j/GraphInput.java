package io.newsgraph.sink.neo4j;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

import java.io.IOException;
import java.util.List;

/**
 * The graph of an in-memory {@link ImportFiles} as the input of Neo4j's batch importer in this
 * process: the nodes of its five node tables and the relationships of its four relationship tables,
 * in the order of the files, handed out in chunks of rows to the importer's threads. Node ids are
 * the node numbers ({@link IdType#ACTUAL}), as the embedded CSV import reads them.
 */
final class GraphInput implements Input {
    /** Rows per chunk handed to one importer thread (its default batch size). */
    private static final int CHUNK_ROWS = 10_000;
    /** Rows per table whose properties are sized for the importer's estimates. */
    private static final int SAMPLE_ROWS = 1_000;

    private final List<InputTable> nodeTables;
    private final List<InputTable> relationshipTables;
    private final Groups groups = new Groups();

    /** The tables of a finished in-memory ImportFiles, in the order of its files. */
    static GraphInput of(ImportFiles graph) {
        if (!graph.inMemory()) {
            throw new IllegalStateException("the graph was written as import files, not kept in memory");
        }
        return new GraphInput(ImportFiles.NODE_FILES.stream().map(f -> (InputTable) graph.csv(f)).toList(),
                ImportFiles.RELATIONSHIP_FILES.stream().map(f -> (InputTable) graph.csv(f)).toList());
    }

    private GraphInput(List<InputTable> nodeTables, List<InputTable> relationshipTables) {
        this.nodeTables = nodeTables;
        this.relationshipTables = relationshipTables;
        // The one group of ids without a name, as the CSV input has for headers that name none.
        groups.getOrCreate(null);
    }

    @Override
    public InputIterable nodes(Collector badCollector) {
        return () -> new Rows(nodeTables);
    }

    @Override
    public InputIterable relationships(Collector badCollector) {
        return () -> new Rows(relationshipTables);
    }

    @Override
    public IdType idType() {
        return IdType.ACTUAL;
    }

    @Override
    public ReadableGroups groups() {
        return groups;
    }

    /** Counts exact; property sizes from the first rows of each table, as the CSV input samples its files. */
    @Override
    public Estimates validateAndEstimate(PropertySizeCalculator sizes) {
        long[] nodes = estimate(nodeTables, sizes);
        long[] relationships = estimate(relationshipTables, sizes);
        return Input.knownEstimates(nodes[0], relationships[0], nodes[1], relationships[1], nodes[2], relationships[2], nodes[3]);
    }

    /** Rows, properties, bytes of properties and labels of the tables. */
    private static long[] estimate(List<InputTable> tables, PropertySizeCalculator sizes) {
        long[] total = new long[4];
        for (InputTable t : tables) {
            int rows = t.rowCount();
            int sample = Math.min(rows, SAMPLE_ROWS);
            long properties = 0;
            long bytes = 0;
            long labels = 0;
            for (int r = 0; r < sample; r++) {
                List<Object> props = t.properties(r);
                properties += props.size();
                Value[] values = props.stream().map(v -> v instanceof Value value ? value : Values.of(v)).toArray(Value[]::new);
                bytes += sizes.calculateSize(values, CursorContext.NULL_CONTEXT, EmptyMemoryTracker.INSTANCE);
                labels += t.labels(r);
            }
            double scale = sample == 0 ? 0 : (double) rows / sample;
            total[0] += rows;
            total[1] += Math.round(properties * scale);
            total[2] += Math.round(bytes * scale);
            total[3] += Math.round(labels * scale);
        }
        return total;
    }

    /** The importer is done with the rows: their memory goes back to the heap. */
    @Override
    public void close() {
        nodeTables.forEach(InputTable::release);
        relationshipTables.forEach(InputTable::release);
    }

    /** The rows of some tables in order, cut into chunks; the importer's threads ask for chunks concurrently. */
    private static final class Rows implements InputIterator {
        private final List<InputTable> tables;
        private int table;
        private int row;

        Rows(List<InputTable> tables) {
            this.tables = tables;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            while (table < tables.size() && row >= tables.get(table).rowCount()) {
                table++;
                row = 0;
            }
            if (table == tables.size()) {
                return false;
            }
            InputTable t = tables.get(table);
            int end = Math.min(t.rowCount(), row + CHUNK_ROWS);
            ((Chunk) chunk).assign(t, row, end);
            row = end;
            return true;
        }

        @Override
        public void close() {
        }
    }

    /** A range of rows of one table. */
    private static final class Chunk implements InputChunk {
        private InputTable table;
        private int next;
        private int end;

        void assign(InputTable t, int from, int to) {
            table = t;
            next = from;
            end = to;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next >= end) {
                return false;
            }
            table.visit(next++, visitor);
            return true;
        }

        @Override
        public void close() {
        }
    }
}
