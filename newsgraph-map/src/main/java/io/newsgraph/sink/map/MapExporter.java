package io.newsgraph.sink.map;

import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.AtomicFile;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

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
        AtomicFile.write(file, out -> render(drawn, format, options, out));
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
}
