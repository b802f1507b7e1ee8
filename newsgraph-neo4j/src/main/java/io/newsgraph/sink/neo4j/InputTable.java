package io.newsgraph.sink.neo4j;

import org.neo4j.batchimport.api.input.InputEntityVisitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of {@link ImportFiles} kept in memory for the importer in this process
 * ({@link GraphInput}): each row's values already converted as the importer's CSV parser would
 * convert them ({@link InputColumn}), so nothing is formatted, written, read or parsed again.
 * Node numbers and relationship ends are held in primitive arrays; the other values of a row
 * packed into a {@link RowBuffer}, with label arrays, types and the {@code loadedAt} datetime
 * shared by the rows that have the same ones. Filled by one thread, then read by the importer's threads, each a range of rows.
 */
final class InputTable implements ImportTable {
    private final String name;
    private final List<InputColumn> columns;
    /** Where each column goes: the index in {@link #values} of a row, or -1 for an id column. */
    private final int[] slot;
    private final int idColumn;
    private final int startColumn;
    private final int endColumn;
    private final int valueCount;
    private final RowBuffer values;
    private long[] firstIds = new long[1024];
    private long[] secondIds;
    private int rows;
    private boolean committed;
    /** One row's values before they are packed. */
    private final Object[] scratch;
    private final Map<List<?>, String[]> labelArrays = new HashMap<>();
    /** The last datetime text converted and its value: every row of a load has the same stamp. */
    private Object lastStamp;
    private Object lastStampValue;

    InputTable(String name, List<String> header) {
        this.name = name;
        this.columns = header.stream().map(InputColumn::parse).toList();
        this.slot = new int[columns.size()];
        int next = 0;
        int id = -1;
        int start = -1;
        int end = -1;
        for (int i = 0; i < columns.size(); i++) {
            switch (columns.get(i).role()) {
                case ID -> id = i;
                case START_ID -> start = i;
                case END_ID -> end = i;
                default -> {
                    slot[i] = next++;
                    continue;
                }
            }
            slot[i] = -1;
        }
        this.idColumn = id;
        this.startColumn = start;
        this.endColumn = end;
        this.valueCount = next;
        this.scratch = new Object[next];
        if (id < 0 && (start < 0 || end < 0)) {
            throw new IllegalArgumentException(name + ": a table needs :ID, or :START_ID and :END_ID");
        }
        this.secondIds = id < 0 ? new long[1024] : null;
        boolean[] sharedSlots = new boolean[valueCount];
        for (int i = 0; i < columns.size(); i++) {
            InputColumn c = columns.get(i);
            if (slot[i] >= 0) {
                sharedSlots[slot[i]] = c.role() != InputColumn.Role.PROPERTY || c.type() == InputColumn.Type.DATETIME;
            }
        }
        this.values = new RowBuffer(sharedSlots);
    }

    String name() {
        return name;
    }

    boolean nodes() {
        return idColumn >= 0;
    }

    @Override
    public void line(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + row.length + " values for " + columns.size() + " columns");
        }
        if (rows == firstIds.length) {
            firstIds = Arrays.copyOf(firstIds, rows * 2);
            if (secondIds != null) {
                secondIds = Arrays.copyOf(secondIds, rows * 2);
            }
        }
        Object[] kept = scratch;
        for (int i = 0; i < row.length; i++) {
            if (i == idColumn || i == startColumn) {
                firstIds[rows] = ((Number) row[i]).longValue();
            } else if (i == endColumn) {
                secondIds[rows] = ((Number) row[i]).longValue();
            } else {
                kept[slot[i]] = convert(columns.get(i), row[i]);
            }
        }
        values.append(kept);
        rows++;
    }

    private Object convert(InputColumn column, Object v) {
        if (column.role() == InputColumn.Role.LABELS) {
            return labelArrays.computeIfAbsent((List<?>) v, l -> l.stream().map(String::valueOf).toArray(String[]::new));
        }
        if (column.type() == InputColumn.Type.DATETIME && v != null) {
            if (!v.equals(lastStamp)) {
                lastStampValue = column.convert(v);
                lastStamp = v;
            }
            return lastStampValue;
        }
        return column.convert(v);
    }

    /** Gives row {@code row} to the importer's visitor, as the CSV parser gives a line. */
    void visit(int row, InputEntityVisitor visitor) throws IOException {
        Object[] kept = values.get(row);
        if (idColumn >= 0) {
            visitor.id(firstIds[row]);
        } else {
            visitor.startId(firstIds[row]);
            visitor.endId(secondIds[row]);
        }
        for (int i = 0; i < columns.size(); i++) {
            if (slot[i] < 0 || kept[slot[i]] == null) {
                continue;
            }
            InputColumn c = columns.get(i);
            switch (c.role()) {
                case LABELS -> visitor.labels((String[]) kept[slot[i]]);
                case TYPE -> visitor.type((String) kept[slot[i]]);
                default -> visitor.property(c.name(), kept[slot[i]]);
            }
        }
        visitor.endOfEntity();
    }

    /** The property values of a row, in column order, unset ones left out (for the importer's size estimate). */
    List<Object> properties(int row) {
        Object[] kept = values.get(row);
        List<Object> props = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (slot[i] >= 0 && columns.get(i).role() == InputColumn.Role.PROPERTY && kept[slot[i]] != null) {
                props.add(kept[slot[i]]);
            }
        }
        return props;
    }

    /** How many labels a row has. */
    int labels(int row) {
        Object[] kept = values.get(row);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == InputColumn.Role.LABELS && kept[slot[i]] != null) {
                return ((String[]) kept[slot[i]]).length;
            }
        }
        return 0;
    }

    @Override
    public long rows() {
        return rows;
    }

    int rowCount() {
        return rows;
    }

    @Override
    public boolean multiline() {
        return false;
    }

    @Override
    public void commit() {
        firstIds = Arrays.copyOf(firstIds, rows);
        secondIds = secondIds == null ? null : Arrays.copyOf(secondIds, rows);
        committed = true;
    }

    /** Drops the rows of a table not committed (after a failure); a committed table stays for the import. */
    @Override
    public void close() {
        if (!committed) {
            release();
            rows = 0;
        }
    }

    /** Frees the rows once the importer has read them; the row count stays for the user's summary. */
    void release() {
        values.clear();
        firstIds = new long[0];
        secondIds = secondIds == null ? null : new long[0];
    }
}
