package io.newsgraph.sink.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Checks RDF against the shipped SHACL shapes (or others). A dataset is checked graph by graph:
 * the default graph and each named graph must conform on its own.
 */
public final class RdfValidator {
    private final Shapes shapes;

    public RdfValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** A validator with the shapes shipped with newsgraph. */
    public static RdfValidator standard() {
        return new RdfValidator(RdfResources.shapes());
    }

    /** One violation, in words: which graph, which node, which property, what is wrong. */
    public record Violation(String graph, String severity, String focus, String path, String value, String message) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(severity).append(": ").append(focus);
            if (path != null) {
                sb.append(" ").append(path);
            }
            if (value != null) {
                sb.append(" = ").append(value);
            }
            sb.append(": ").append(message);
            if (graph != null) {
                sb.append(" (in graph ").append(graph).append(")");
            }
            return sb.toString();
        }
    }

    /** The result of checking one dataset: how many graphs and triples were checked and what failed. */
    public record Result(int graphs, long triples, List<Violation> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    /** Reads an RDF file (format from the extension, or given) for validation. */
    public static DatasetGraph read(Path file, Lang lang) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(dsg);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not valid " + lang.getLabel() + ": " + parseMessage(e.getMessage()));
        }
        return dsg;
    }

    public Result validate(DatasetGraph dsg) {
        List<Violation> out = new ArrayList<>();
        PrefixMap prefixes = readablePrefixes(dsg.prefixes());
        int graphs = 0;
        long triples = 0;
        if (!dsg.getDefaultGraph().isEmpty() || !dsg.listGraphNodes().hasNext()) {
            graphs++;
            triples += dsg.getDefaultGraph().size();
            check(dsg.getDefaultGraph(), null, prefixes, out);
        }
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            Graph graph = dsg.getGraph(g);
            graphs++;
            triples += graph.size();
            check(graph, Nodes.shortForm(g, prefixes), prefixes, out);
        }
        return new Result(graphs, triples, out);
    }

    public Result validate(Graph graph) {
        List<Violation> out = new ArrayList<>();
        check(graph, null, readablePrefixes(PrefixMapFactory.create(graph.getPrefixMapping())), out);
        return new Result(1, graph.size(), out);
    }

    /** The file's prefixes, plus the newsgraph ones where the file has none (N-Triples, N-Quads). */
    private static PrefixMap readablePrefixes(PrefixMap fromFile) {
        PrefixMap m = PrefixMapFactory.create();
        NgVocab.prefixes().forEach(m::add);
        IriMinter.defaults().prefixes().forEach(m::add);
        fromFile.forEach(m::add); // the file's own prefixes win
        return m;
    }

    private void check(Graph graph, String graphName, PrefixMap prefixes, List<Violation> out) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? null : Nodes.shortForm(e.resultPath().toString(), prefixes);
            String value = e.value() == null ? null : Nodes.shortForm(e.value(), prefixes);
            out.add(new Violation(graphName, e.severity().level().getLocalName(),
                    Nodes.shortForm(e.focusNode(), prefixes), path, value, oneLine(e.message())));
        }
    }

    /** "[line: 3, col: 1 ] Broken token" becomes "line 3, column 1: Broken token". */
    private static String parseMessage(String message) {
        String m = oneLine(message);
        java.util.regex.Matcher where = java.util.regex.Pattern.compile("^\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)$").matcher(m);
        return where.matches() ? "line " + where.group(1) + ", column " + where.group(2) + ": " + where.group(3) : m;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
