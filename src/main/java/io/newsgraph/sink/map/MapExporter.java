package io.newsgraph.sink.map;

import io.newsgraph.model.Graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Draws a graph into a file: the interactive page, GraphML or DOT. The file is written to a
 * temporary file beside the target and moved into place, so a reader never sees half a map and
 * a failed run leaves the previous map intact.
 */
public final class MapExporter {
    private MapExporter() {
    }

    /** What was written: the counts a command reports. */
    public record Summary(Path file, MapFormat format, int nodes, int edges, int articles) {
    }

    /**
     * Writes {@code graph} to {@code file} in {@code format}, limited to the focus of
     * {@code options} if it names one.
     *
     * @throws UnknownEntityException if the focus names no entity
     * @throws IOException if the file cannot be written
     */
    public static Summary write(Graph graph, Path file, MapFormat format, MapOptions options) throws IOException {
        MapGraph drawn = prepare(graph, options);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            readableLike(target, temp);
            // The raw stream has its own resource: when the disk is full, OutputStreamWriter.close()
            // throws before closing what it wraps, which kept the deleted temp file (and its space) open.
            try (OutputStream raw = Files.newOutputStream(temp);
                 Writer out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8))) {
                render(drawn, format, options, out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Summary(file, format, drawn.nodes().size(), drawn.edges().size(), drawn.articles().size());
    }

    /** Renders to a writer, for callers that hold their own stream. */
    public static void render(Graph graph, MapFormat format, MapOptions options, Writer out) throws IOException {
        render(prepare(graph, options), format, options, out);
    }

    static MapGraph prepare(Graph graph, MapOptions options) {
        MapGraph all = MapGraph.of(graph);
        return options.focus() == null ? all : all.around(options.focus(), options.hops());
    }

    private static void render(MapGraph drawn, MapFormat format, MapOptions options, Writer out) throws IOException {
        switch (format) {
            case HTML -> HtmlMapWriter.write(drawn, options, focusId(drawn, options), out);
            case GRAPHML -> GraphMlWriter.write(drawn, options, out);
            case DOT -> DotWriter.write(drawn, options, out);
        }
    }

    private static String focusId(MapGraph drawn, MapOptions options) {
        if (options.focus() == null) {
            return null;
        }
        MapNode centre = drawn.find(options.focus());
        return centre == null ? null : centre.id();
    }

    /**
     * Temporary files are private (0600); a map is meant to be shared, so it gets the
     * permissions of the file it replaces, or rw-r--r-- when new.
     */
    private static void readableLike(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
