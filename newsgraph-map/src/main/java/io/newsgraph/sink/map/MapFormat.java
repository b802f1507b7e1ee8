package io.newsgraph.sink.map;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The map's output formats: the interactive page, GraphML for Gephi and yEd, Graphviz DOT. */
public enum MapFormat {
    HTML("html", "htm"),
    GRAPHML("graphml", "xml"),
    DOT("dot", "gv");

    private final String[] extensions;

    MapFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name implies (map.html, graph.graphml, graph.gv), if any. */
    public static Optional<MapFormat> fromFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (MapFormat f : values()) {
            for (String ext : f.extensions) {
                if (lower.endsWith("." + ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Parses "html", "GraphML", "dot"; rejects anything else with the accepted names. */
    public static MapFormat parse(String text) {
        for (MapFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown map format '" + text + "' (expected html, graphml or dot)");
    }
}
