package io.newsgraph.sink.neo4j;

/**
 * One table of the importer's input as {@link ImportFiles} fills it: a header naming each column
 * and its type (the importer's CSV header syntax, {@code :ID}, {@code mentions:long},
 * {@code aliases:string[]}), then one row per node or relationship. Written either as a CSV file
 * ({@link ImportCsv}, for {@code neo4j-admin database import}) or kept in memory as typed values
 * ({@link InputTable}, read by the importer in this process through {@link GraphInput}).
 */
interface ImportTable {
    /** One row; values are strings, numbers, booleans, lists of those, or null (left unset). */
    void line(Object... values);

    long rows();

    /** Whether a value holds a line break (only CSV files care: the importer parses those as multiline). */
    boolean multiline();

    /** The table is complete. */
    void commit();

    /** Discards a table not committed (after a failure). */
    void close();
}
