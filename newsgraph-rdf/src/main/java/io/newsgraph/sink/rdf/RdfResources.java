package io.newsgraph.sink.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;

/** The ontology and the SHACL shapes shipped as class-path resources. */
public final class RdfResources {
    public static final String ONTOLOGY = "/io/newsgraph/rdf/ontology.ttl";
    public static final String SHAPES = "/io/newsgraph/rdf/shapes.ttl";

    private RdfResources() {
    }

    public static InputStream open(String resource) throws IOException {
        InputStream in = RdfResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the class path");
        }
        return in;
    }

    public static Graph ontology() {
        return parse(ONTOLOGY);
    }

    public static Graph shapes() {
        return parse(SHAPES);
    }

    private static Graph parse(String resource) {
        try (InputStream in = open(resource)) {
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
