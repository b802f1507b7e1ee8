package io.newsgraph.sink.neo4j;

import io.newsgraph.model.stream.AtomicFile;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file in the format of {@code neo4j-admin database import}: a header line naming each
 * column and its type ({@code id:ID(Entity)}, {@code mentions:long}, {@code aliases:string[]}),
 * then one line per node or relationship. Every string is quoted with {@code "} doubled inside,
 * so commas, quotes and line breaks in sentences survive (the importer parses the files that hold
 * a line break as multiline, see {@link #multiline()}); a missing value is an empty, unquoted
 * field, which the importer leaves unset, as a Bolt
 * load leaves a null property unset. Written through a temporary file and moved into place only
 * by {@link #commit()}.
 */
final class ImportCsv implements ImportTable, AutoCloseable {
    /**
     * Between the entries of a list property. Not a character sentences carry (ingest removes
     * control characters), unlike the importer's default ';'. Passed as {@code --array-delimiter=U+001F}.
     */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path file;
    private final AtomicFile.Pending pending;
    private final Writer out;
    private final int columns;
    private long rows;
    /** Whether a value holds a line break: only such files are parsed as multiline (much slower in the importer). */
    private boolean multiline;
    private final StringBuilder line = new StringBuilder(512);
    private char[] chars = new char[512];

    ImportCsv(Path file, List<String> header) {
        this.file = file;
        this.pending = AtomicFile.open(file);
        this.out = pending.writer();
        this.columns = header.size();
        // Column names are ours and hold no comma or quote: written bare, as the importer's docs show them.
        write(String.join(",", header) + "\n");
    }

    Path file() {
        return file;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public boolean multiline() {
        return multiline;
    }

    /** One line; values are strings, numbers, booleans, lists of those, or null (left unset). */
    @Override
    public void line(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(file.getFileName() + ": " + values.length + " values for " + columns + " columns");
        }
        StringBuilder b = line;
        b.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            appendValue(b, values[i]);
        }
        b.append('\n');
        // Into the buffered writer through one reused array: no String per line.
        if (chars.length < b.length()) {
            chars = new char[Math.max(b.length(), chars.length * 2)];
        }
        b.getChars(0, b.length(), chars, 0);
        try {
            out.write(chars, 0, b.length());
        } catch (IOException e) {
            throw new AtomicFile.OutputException(file + ": cannot write (" + AtomicFile.reason(e) + ")", e);
        }
        rows++;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new AtomicFile.OutputException(file + ": cannot write (" + AtomicFile.reason(e) + ")", e);
        }
    }

    private void appendValue(StringBuilder b, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof List<?> list) {
            b.append('"');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(ARRAY_DELIMITER);
                }
                appendListEntry(b, list.get(i));
            }
            b.append('"');
            return;
        }
        if (v instanceof Number || v instanceof Boolean) {
            appendScalar(b, v);
            return;
        }
        b.append('"');
        appendQuotedBody(b, v.toString());
        b.append('"');
    }

    /** A number is written as its text without a String in between; anything else as a checked, quoted string body. */
    private void appendListEntry(StringBuilder b, Object entry) {
        if (entry instanceof Long || entry instanceof Integer || entry instanceof Double) {
            appendScalar(b, entry);
            return;
        }
        String text = String.valueOf(entry);
        if (text.indexOf(ARRAY_DELIMITER) >= 0) {
            throw new IllegalArgumentException(file.getFileName()
                    + ": a list entry holds the control character U+001F, which separates list entries: " + abbreviate(text));
        }
        appendQuotedBody(b, text);
    }

    /** The same text as String.valueOf, appended directly (the writer's most frequent values are numbers). */
    private static void appendScalar(StringBuilder b, Object v) {
        if (v instanceof Long l) {
            b.append(l.longValue());
        } else if (v instanceof Integer n) {
            b.append(n.intValue());
        } else if (v instanceof Double d) {
            b.append(d.doubleValue());
        } else {
            b.append(v);
        }
    }

    /**
     * The string with each quote doubled. Most strings hold no quote and no line break: those are
     * found by indexOf (vectorised by the JVM) and appended whole, not char by char.
     */
    private void appendQuotedBody(StringBuilder b, String s) {
        if (!multiline && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            multiline = true;
        }
        int quote = s.indexOf('"');
        if (quote < 0) {
            b.append(s);
            return;
        }
        int from = 0;
        while (quote >= 0) {
            b.append(s, from, quote + 1).append('"');
            from = quote + 1;
            quote = s.indexOf('"', from);
        }
        b.append(s, from, s.length());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void commit() {
        pending.commit();
    }

    @Override
    public void close() {
        pending.close();
    }
}
