package io.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** What a reader gets: the source, its size limit, and a place to report problems. */
final class ReadContext {
    private final Source source;
    private final long maxBytes;
    private final Problems problems;

    ReadContext(Source source, long maxBytes, Problems problems) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    Source source() {
        return source;
    }

    long maxBytes() {
        return maxBytes;
    }

    void warn(int line, String message) {
        problems.warning(source.name(), line, message);
    }

    void error(int line, String message) {
        problems.error(source.name(), line, message);
    }

    /**
     * The whole input as text, at most {@code limit} bytes. A file over the limit is rejected from
     * its size on disk without being read; compressed input and standard input are read up to
     * the limit and no further.
     */
    String text(long limit) throws IOException, RejectedInput {
        long size = source.sizeOnDisk();
        if (size > limit && !source.isCompressed()) {
            throw new RejectedInput("too large (" + megabytes(size) + ", limit " + limit(limit) + ")");
        }
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw new RejectedInput("too large (more than " + limit(limit) + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.warning() != null) {
            warn(0, decoded.warning());
        }
        if (decoded.text().isBlank()) {
            throw new RejectedInput(bytes.length == 0 ? "empty file" : "empty file (only whitespace)");
        }
        return decoded.text();
    }

    String text() throws IOException, RejectedInput {
        return text(maxBytes);
    }

    /** A measured size: "50.0 MB" (binary megabytes, as file managers show), or "1525 bytes" when small. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 0.1 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    /** A limit, as round as it was set: "5 MB", "2.5 MB", "1000 bytes". */
    static String limit(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 0.1 && mb == Math.rint(mb)) {
            return (long) mb + " MB";
        }
        return megabytes(bytes);
    }
}
