package io.newsgraph.sink.rdf;

import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/** Export to bytes and parse back, strictly (any warning fails). */
final class RdfTestSupport {
    private RdfTestSupport() {
    }

    static byte[] export(Graph graph, RdfFormat format) {
        return export(graph, format, IriMinter.defaults());
    }

    static byte[] export(Graph graph, RdfFormat format, IriMinter iris) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(sink -> GraphSink.replay(graph, sink), format, iris, out);
        return out.toByteArray();
    }

    static DatasetGraph parse(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(dsg);
        return dsg;
    }

    static DatasetGraph parseTrig(String trig) {
        return parse(trig.getBytes(java.nio.charset.StandardCharsets.UTF_8), Lang.TRIG);
    }
}
