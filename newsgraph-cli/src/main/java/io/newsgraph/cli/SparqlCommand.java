package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;
import io.newsgraph.sink.rdf.RdfResources;
import io.newsgraph.sink.rdf.RdfValidator;
import io.newsgraph.sink.rdf.SparqlServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** newsgraph sparql: serves RDF files (or a JSON Lines graph) through an embedded Fuseki until Ctrl-C. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = {"Serves exported RDF files, or the graph itself (--from neo4j, the default, or FILE.jsonl), through an",
                "embedded Apache Jena Fuseki: a read-only SPARQL endpoint and a query page.",
                "Listens on localhost only unless --public is given; web pages of other origins cannot read its",
                "answers unless named with --allow-origin. Runs until Ctrl-C."},
        footer = {"", "Examples:",
                "  newsgraph sparql out/graph.trig",
                "  newsgraph sparql --from out/graph.jsonl --port 3031"})
public class SparqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GraphSourceMixin source;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "RDF files to serve (.ttl .nt .nq .trig .jsonld .rdf); TriG/N-Quads keep their named graphs.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public", description = "Listen on all network interfaces, not only localhost. The endpoint is read-only but open to anyone who can reach it.")
    boolean publicAccess;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", split = ",",
            description = {"Let web pages of this origin (e.g. http://localhost:8080) read the answers cross-origin; "
                    + "repeat or separate with commas. '*' lets any web page read the graph. Default: none."})
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "newsgraph", description = "Dataset name in the endpoint path (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the data when serving --from (default: ${DEFAULT-VALUE}).")
    String base;

    /** The named graph that holds the newsgraph ontology on the server. */
    static final String ONTOLOGY_GRAPH = "https://w3id.org/newsgraph/ontology";

    /** Tests observe the running server here (and close it to end the command); null in normal use. */
    static volatile java.util.function.Consumer<SparqlServer> onStarted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetGraph dataset = load(out);
        // The vocabulary rides along, so labels and comments of every term can be queried too.
        Node ontologyGraph = NodeFactory.createURI(ONTOLOGY_GRAPH);
        RdfResources.ontology().find().forEachRemaining(t -> dataset.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        SparqlServer server = start(dataset);
        Thread hook = new Thread(server::close, "newsgraph-sparql-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("SPARQL endpoint: " + server.endpoint() + "  (read-only)");
        out.println("Query page:      " + server.page());
        out.println("The ontology is in graph <" + ONTOLOGY_GRAPH + ">.");
        out.println("Try:  curl -s " + server.endpoint() + " -H 'Accept: text/csv' --data-urlencode "
                + "'query=SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        if (onStarted != null) {
            onStarted.accept(server);
        }
        server.join();
        Runtime.getRuntime().removeShutdownHook(hook);
        return ExitCodes.OK;
    }

    private DatasetGraph load(PrintWriter out) {
        if (!files.isEmpty() && source.explicit()) {
            throw new UserException(ExitCodes.USAGE, "give RDF files or --from neo4j|FILE.jsonl, not both");
        }
        if (files.isEmpty()) {
            IriMinter iris;
            try {
                iris = new IriMinter(base);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCodes.USAGE, "--base: " + e.getMessage());
            }
            int[] problems = {0};
            DatasetGraph dsg = RdfExport.toDataset(sink -> source.stream(sink, p -> {
                problems[0]++;
                spec.commandLine().getErr().println("newsgraph: skipped " + p);
            }), iris, true);
            out.println("loaded " + source.from() + (problems[0] > 0 ? " (" + problems[0] + " bad lines skipped)" : ""));
            return dsg;
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new UserException(ExitCodes.USAGE, file + ": no such file");
            }
            String fileName = file.getFileName().toString();
            Lang lang = RdfFormat.byFileName(fileName).map(RdfFormat::lang)
                    .orElseGet(() -> RDFLanguages.filenameToLang(fileName));
            if (lang == null) {
                throw new UserException(ExitCodes.USAGE, "cannot tell the RDF format from '" + fileName + "' (expected .ttl .nt .nq .trig .jsonld .rdf)");
            }
            try {
                DatasetGraph one = RdfValidator.read(file, lang);
                one.find().forEachRemaining(dsg::add);
                one.prefixes().forEach((p, iri) -> dsg.prefixes().add(p, iri));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UserException(ExitCodes.FAILED, e.getMessage(), e);
            }
            out.println("loaded " + file);
        }
        return dsg;
    }

    /** Origins as a browser sends them: scheme://host[:port], no path. */
    private List<String> origins() {
        for (String o : allowedOrigins) {
            if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
                throw new UserException(ExitCodes.USAGE, "--allow-origin " + o + " is not an origin such as "
                        + "http://localhost:8080 (scheme, host and port, no path), nor '*'");
            }
        }
        return allowedOrigins;
    }

    private SparqlServer start(DatasetGraph dataset) {
        try {
            return SparqlServer.start(dataset, name, port, !publicAccess, origins());
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--name: " + e.getMessage());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserException(ExitCodes.FAILED, "cannot listen on port " + port + ": " + t.getMessage()
                            + " (is another server running? choose another with --port)", e);
                }
            }
            throw new UserException(ExitCodes.FAILED, "cannot start the SPARQL server: " + e.getMessage(), e);
        }
    }
}
