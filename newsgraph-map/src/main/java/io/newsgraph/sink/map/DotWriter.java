package io.newsgraph.sink.map;

import io.newsgraph.model.Fact;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes Graphviz DOT. Every id and label is a quoted string with quotes and backslashes escaped
 * (a backslash would otherwise start a Graphviz label escape such as \N) and line breaks turned
 * into spaces, so no name can end a statement or change the drawing. Symmetric facts have no
 * arrow head; the other styles follow {@link MapStyle}. Render with
 * {@code sfdp -Tsvg map.dot > map.svg} for large graphs, {@code dot} for small ones.
 */
final class DotWriter {
    private DotWriter() {
    }

    static void write(MapGraph graph, MapOptions options, Writer out) throws IOException {
        out.write("digraph newsgraph {\n");
        out.write("  graph [label=" + quote(options.title()) + ", labelloc=t, fontname=\"Helvetica\", "
                + "overlap=false, splines=true, outputorder=edgesfirst];\n");
        out.write("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#ffffff\", color=\"#ffffff\"];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=9, fontcolor=\"#44505c\", arrowsize=0.7];\n");
        for (MapNode n : graph.nodes()) {
            out.write("  " + quote(n.id()) + " [label=" + quote(n.name())
                    + ", fillcolor=\"" + MapStyle.color(n.type()) + "\""
                    + ", tooltip=" + quote(n.type().label() + (n.aliases().isEmpty() ? "" : ": " + String.join(", ", n.aliases())))
                    + "];\n");
        }
        for (MapEdge e : graph.edges()) {
            out.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [" + edgeAttributes(e.fact()) + "];\n");
        }
        out.write("}\n");
    }

    private static String edgeAttributes(Fact f) {
        StringBuilder a = new StringBuilder();
        a.append("label=").append(quote(MapStyle.edgeLabel(f)));
        a.append(", color=\"").append(MapStyle.edgeColor(f)).append(MapStyle.faded(f) ? "99" : "").append('"');
        switch (MapStyle.line(f)) {
            case DASHED -> a.append(", style=dashed");
            case DOTTED -> a.append(", style=dotted");
            case SOLID -> { }
        }
        if (f.predicate().symmetric()) {
            a.append(", dir=none");
        } else if (MapStyle.negated(f)) {
            a.append(", arrowhead=tee");
        }
        a.append(", tooltip=").append(quote(String.format(Locale.ROOT, "%s %s %s (%s, %s, confidence %.2f, %d evidence)",
                f.subject(), f.predicate().name(), f.object(), f.polarity().json(), f.modality().json(),
                f.confidence(), f.evidence().size())));
        return a.toString();
    }

    /** A DOT quoted string; Graphviz reads UTF-8 by default, so other text passes through. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        String text = s == null ? "" : s;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\u2028', '\u2029' -> out.append(' ');
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
