package io.newsgraph.sink.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The export formats: the name users type, the file extensions, whether the format carries named
 * graphs, and how it is written. N-Triples, N-Quads, Turtle and TriG stream (Jena's block
 * writers: constant memory, prefixes declared up front); JSON-LD and RDF/XML cannot be written
 * in one pass, so they buffer the graph in memory and write it at the end.
 */
public enum RdfFormat {
    TURTLE("turtle", Lang.TURTLE, false, RDFFormat.TURTLE_BLOCKS, true, "ttl"),
    NTRIPLES("ntriples", Lang.NTRIPLES, false, RDFFormat.NTRIPLES, true, "nt"),
    NQUADS("nquads", Lang.NQUADS, true, RDFFormat.NQUADS, true, "nq"),
    TRIG("trig", Lang.TRIG, true, RDFFormat.TRIG_BLOCKS, true, "trig"),
    JSONLD("jsonld", Lang.JSONLD, true, RDFFormat.JSONLD11, false, "jsonld", "json"),
    RDFXML("rdfxml", Lang.RDFXML, false, RDFFormat.RDFXML_PLAIN, false, "rdf", "owl", "xml");

    private final String cliName;
    private final Lang lang;
    private final boolean namedGraphs;
    private final RDFFormat writerFormat;
    private final boolean streaming;
    private final List<String> extensions;

    RdfFormat(String cliName, Lang lang, boolean namedGraphs, RDFFormat writerFormat, boolean streaming,
              String... extensions) {
        this.cliName = cliName;
        this.lang = lang;
        this.namedGraphs = namedGraphs;
        this.writerFormat = writerFormat;
        this.streaming = streaming;
        this.extensions = List.of(extensions);
    }

    public String cliName() {
        return cliName;
    }

    public Lang lang() {
        return lang;
    }

    /** True when the format holds a dataset: the default graph plus one named graph per article. */
    public boolean namedGraphs() {
        return namedGraphs;
    }

    /** True when writing keeps memory flat; false when the whole graph is buffered first. */
    public boolean streaming() {
        return streaming;
    }

    public String extension() {
        return extensions.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * A StreamRDF that writes this format to out. finish() completes the output (and, for the
     * buffered formats, writes everything); the caller closes the stream.
     */
    public StreamRDF open(OutputStream out) {
        if (streaming) {
            return StreamRDFWriter.getWriterStream(out, writerFormat);
        }
        DatasetGraph buffer = DatasetGraphFactory.create();
        return new StreamRDFWrapper(StreamRDFLib.dataset(buffer)) {
            @Override
            public void finish() {
                super.finish();
                if (namedGraphs) {
                    RDFWriter.source(buffer).format(writerFormat).output(out);
                } else {
                    RDFWriter.source(buffer.getDefaultGraph()).format(writerFormat).output(out);
                }
            }
        };
    }

    /** "turtle", "ttl", "TriG", "json-ld", "rdf/xml", "n-triples": the name or an extension. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("[-_/ ]", "");
        return Arrays.stream(values())
                .filter(f -> f.cliName.equals(n) || f.extensions.contains(n))
                .findFirst();
    }

    /** The format of a file name by its extension (a trailing .gz is not supported). */
    public static Optional<RdfFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(RdfFormat::cliName).collect(Collectors.joining("|"));
    }
}
