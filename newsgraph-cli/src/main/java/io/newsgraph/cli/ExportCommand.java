package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.sink.rdf.ExportStats;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.RdfExport;
import io.newsgraph.sink.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** newsgraph export: the graph as RDF (streamed), and the ontology that describes it. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph as RDF: entities, articles, events, the plain triples",
                "of claims, and every fact (negated, hypothetical and reported ones too)",
                "as an ng:Fact with its evidence. TriG, N-Quads and JSON-LD add one named",
                "graph per article. After the records, every claim as an ng:Claim with its",
                "status, outlets and sentences by stance (the claims need the whole graph,",
                "which is held in memory to the end; --no-claims streams in flat memory).",
                "The file is written atomically. JSON-LD and RDF/XML always buffer."},
        footer = {"", "Examples:",
                "  newsgraph export --from out/graph.jsonl -o out/graph.ttl",
                "  newsgraph export --from out/graph.jsonl -o out/graph.trig \\",
                "      --base https://example.org/news/",
                "  newsgraph export --ontology out/newsgraph-ontology.ttl",
                "  newsgraph export --from out/graph.jsonl --format neo4j-import -o out/import"})
public class ExportCommand implements Callable<Integer> {
    private static final int MAX_PROBLEMS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    GraphSourceMixin source;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The RDF file to write (a folder for --format neo4j-import).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = {"turtle|ntriples|nquads|trig|jsonld|rdfxml (default: from the extension of -o: .ttl .nt .nq",
                ".trig .jsonld .rdf), or neo4j-import: CSV files for neo4j-admin's bulk importer, with the command."})
    String format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the data (entities, articles, facts, events). Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--no-claims", negatable = false,
            description = "Leave out the ng:Claim resources, so that Turtle, TriG, N-Triples and N-Quads stream in flat memory.")
    boolean noClaims;

    @Option(names = "--ontology", paramLabel = "FILE",
            description = "Also write the newsgraph ontology (OWL, Turtle) to FILE. Without -o, writes only the ontology.")
    Path ontology;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output == null && ontology == null) {
            throw new UserException(ExitCodes.USAGE, "missing -o FILE (the RDF file to write), or --ontology FILE");
        }
        if (ontology != null) {
            try {
                RdfExport.writeOntology(ontology);
            } catch (UncheckedIOException e) {
                throw new UserException(ExitCodes.OUTPUT, e.getMessage(), e);
            }
            out.println("wrote the ontology to " + ontology);
            if (output == null) {
                return ExitCodes.OK;
            }
        }
        if (ImportFilesExport.FORMAT.equalsIgnoreCase(format)) {
            return ImportFilesExport.write(source, output, out, err);
        }
        RdfFormat fmt = chooseFormat(format, output);
        IriMinter iris;
        try {
            iris = new IriMinter(base);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--base: " + e.getMessage());
        }
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        ExportStats stats;
        try {
            stats = RdfExport.write(sink -> source.stream(sink, problem -> {
                if (problems.size() < MAX_PROBLEMS_SHOWN) {
                    err.println("newsgraph: skipped " + problem);
                }
                problems.add(problem);
            }), fmt, iris, output, written -> written.records() > 0, !noClaims);
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCodes.OUTPUT, e.getMessage(), e);
        }
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            err.println("newsgraph: ... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more skipped lines");
        }
        if (stats.records() == 0) {
            throw new UserException(ExitCodes.FAILED, source.from() + ": no readable records"
                    + (problems.isEmpty() ? "" : " (" + problems.size() + " bad lines)") + "; " + output + " was not written");
        }
        out.printf("wrote %d articles, %d entities, %d events, %d facts, %d claims (%d %s) as %s to %s%n",
                stats.articles(), stats.entities(), stats.events(), stats.facts(), stats.claims(), stats.statements(),
                fmt.namedGraphs() ? "quads" : "triples", fmt.cliName(), output);
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    static RdfFormat chooseFormat(String format, Path output) {
        if (format != null) {
            return RdfFormat.byName(format).orElseThrow(() -> new UserException(ExitCodes.USAGE,
                    "unknown format '" + format + "' (expected " + RdfFormat.names() + " or "
                    + ImportFilesExport.FORMAT + ")"));
        }
        return RdfFormat.byFileName(output.getFileName().toString()).orElseThrow(() -> new UserException(ExitCodes.USAGE,
                "cannot tell the RDF format from '" + output.getFileName() + "': use --format " + RdfFormat.names()));
    }
}
