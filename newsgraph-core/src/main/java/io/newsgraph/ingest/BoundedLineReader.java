package io.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines as bytes, keeping at most {@code maxBytes} of each: a corpus with a 2 GB line (a
 * broken export) costs bounded memory, and the rest of that line is skipped, not buffered.
 * Lines end at '\n'; a '\r' before it is dropped.
 */
final class BoundedLineReader {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long lastLength;

    BoundedLineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
    }

    /** The next line, or null at the end of input. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            int room = (int) Math.max(0, Math.min(n, maxBytes + 1L - line.size()));
            line.write(buffer, start, room);
            length += n;
            if (pos < limit) {
                pos++; // the '\n'
                lastLength = length;
                return trimCr(line.toByteArray());
            }
        }
        lastLength = length;
        return any ? trimCr(line.toByteArray()) : null;
    }

    /** Whether the line just returned was longer than the limit (and so was cut). */
    boolean lastWasTooLong() {
        return lastLength > maxBytes;
    }

    long lastLength() {
        return lastLength;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static byte[] trimCr(byte[] b) {
        if (b.length > 0 && b[b.length - 1] == '\r') {
            return java.util.Arrays.copyOf(b, b.length - 1);
        }
        return b;
    }
}
