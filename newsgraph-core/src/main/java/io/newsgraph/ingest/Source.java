package io.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input to read: a file (named on the command line or found in a directory) or standard
 * input. A pipe named as a file ("<(curl ...)", /dev/stdin) is read once and buffered like
 * standard input, since it cannot be reopened. Gzip-compressed content is decompressed transparently, detected by its magic number,
 * so that "corpus.jsonl.gz" and a gzip renamed ".jsonl" both work.
 */
final class Source {
    static final String STDIN_NAME = "<stdin>";
    // Enough for the sniffing head even through a gzip decoder with its 64 KB buffer.
    private static final int STDIN_MARK = 1 << 20;

    private final String name;
    private final Path path;
    /** The path outputs record: relative to the input the user named (see {@link #recordedPath}). */
    private final String relativePath;
    /** Set for standard input; for a pipe, opened on first use. */
    private BufferedInputStream stream;
    private final boolean streamed;
    private Boolean gzip;

    private Source(String name, Path path, String relativePath, BufferedInputStream stream, boolean streamed) {
        this.name = name;
        this.path = path;
        this.relativePath = relativePath;
        this.stream = stream;
        this.streamed = streamed;
    }

    /** A file named on the command line; outputs record its file name only. */
    static Source file(Path path, String name) {
        return file(path, name, String.valueOf(path.getFileName()));
    }

    /**
     * A file; anything but a regular file (a pipe, a device) is read as a stream.
     *
     * @param name         the input as the user named it, for problem messages
     * @param relativePath the path outputs record, relative to the input the user named
     */
    static Source file(Path path, String name, String relativePath) {
        return new Source(name, path, relativePath, null, !Files.isRegularFile(path));
    }

    /** A corpus file that another process reads (a Spark executor), here only named: never opened, never a stream. */
    static Source namedCorpus(String name) {
        Path path = Path.of(name);
        return new Source(name, path, String.valueOf(path.getFileName()), null, false);
    }

    static Source stdin(InputStream in) {
        BufferedInputStream b = new BufferedInputStream(in, STDIN_MARK);
        b.mark(STDIN_MARK);
        return new Source(STDIN_NAME, null, null, b, true);
    }

    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    /**
     * The path that outputs (facts.jsonl, Neo4j, RDF) record for this source. By default it is
     * relative to the input the user named, so that a shared export does not reveal the folder
     * layout of the machine it was made on; {@code absolute} gives the absolute path instead.
     * Standard input has no path: "{@value #STDIN_NAME}".
     */
    String recordedPath(boolean absolute) {
        if (path == null) {
            return STDIN_NAME;
        }
        return absolute ? path.toAbsolutePath().normalize().toString() : relativePath;
    }

    boolean isStdin() {
        return path == null;
    }

    /** Standard input or a pipe: read once, no stable name to derive an id from. */
    boolean isStream() {
        return streamed;
    }

    /** The file name without its format extensions: "a/b/report.jsonl.gz" gives "report". */
    String stem() {
        if (path == null) {
            return "stdin";
        }
        String n = path.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The format extension in lower case, looking through ".gz"; "" when there is none. */
    String extension() {
        if (path == null) {
            return "";
        }
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1) : "";
    }

    /** Bytes on disk, or -1 for standard input and pipes, whose size is unknown. */
    long sizeOnDisk() throws IOException {
        return streamed ? -1 : Files.size(path);
    }

    boolean isCompressed() throws IOException {
        if (gzip == null) {
            byte[] magic = rawHead(2);
            gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
        return gzip;
    }

    /** The content, decompressed. Standard input can be opened once after its head was read. */
    InputStream open() throws IOException {
        InputStream raw = openRaw();
        return isCompressed() ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** Up to n bytes from the start of the (decompressed) content, for sniffing. */
    byte[] head(int n) throws IOException {
        if (isCompressed()) {
            try (InputStream in = open()) {
                byte[] b = in.readNBytes(n);
                resetStdin();
                return b;
            }
        }
        return rawHead(n);
    }

    private byte[] rawHead(int n) throws IOException {
        if (!streamed) {
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes(n);
            }
        }
        byte[] b = stream().readNBytes(Math.min(n, STDIN_MARK));
        resetStdin();
        return b;
    }

    private InputStream openRaw() throws IOException {
        if (!streamed) {
            return Files.newInputStream(path);
        }
        resetStdin();
        // The caller closes what it opens; standard input stays open for the process.
        return new java.io.FilterInputStream(stream()) {
            @Override
            public void close() {
            }
        };
    }

    private BufferedInputStream stream() throws IOException {
        if (stream == null) {
            // FileInputStream, not Files.newInputStream: the channel stream asks a pipe for its
            // position, which fails with "Illegal seek".
            stream = new BufferedInputStream(new java.io.FileInputStream(path.toFile()), STDIN_MARK);
            stream.mark(STDIN_MARK);
        }
        return stream;
    }

    private void resetStdin() throws IOException {
        if (streamed) {
            stream().reset();
            stream.mark(STDIN_MARK);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
