package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.sink.rdf.RdfFormat;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** newsgraph validate: checks an RDF file against the SHACL shapes shipped with newsgraph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks an RDF file against the newsgraph SHACL shapes (Jena SHACL) and",
                "lists each violation: the node, the property, the value and what is",
                "wrong. In TriG and N-Quads the default graph and every named graph are",
                "checked on their own. Exit code 0 when the file conforms, 1 when it does",
                "not, 2 when it is missing, 5 when it cannot be parsed."})
public class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "RDF file: .ttl .nt .nq .trig .jsonld .rdf (format from the extension).")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "Override the format: " + "turtle|ntriples|nquads|trig|jsonld|rdfxml.")
    String format;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Use these SHACL shapes (Turtle) instead of the shipped ones.")
    Path shapes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = lang();
        RdfValidator validator = validator();
        var dsg = read(lang);
        RdfValidator.Result result = validator.validate(dsg);
        String checked = result.graphs() + (result.graphs() == 1 ? " graph, " : " graphs, ") + result.triples() + " triples";
        if (result.conforms()) {
            out.println(file + ": conforms (" + checked + " checked)");
            return ExitCodes.OK;
        }
        for (RdfValidator.Violation v : result.violations()) {
            out.println(file + ": " + v);
        }
        out.println(file + ": does not conform: " + result.violations().size() + " violation"
                + (result.violations().size() == 1 ? "" : "s") + " (" + checked + " checked)");
        return ExitCodes.SOME_INPUTS_FAILED;
    }

    private org.apache.jena.sparql.core.DatasetGraph read(Lang lang) {
        if (!Files.exists(file)) {
            throw new UserException(ExitCodes.USAGE, file + ": no such file");
        }
        try {
            return RdfValidator.read(file, lang);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UserException(ExitCodes.FAILED, e.getMessage(), e);
        }
    }

    private RdfValidator validator() {
        if (shapes == null) {
            return RdfValidator.standard();
        }
        try {
            return new RdfValidator(RDFParser.source(shapes).lang(Lang.TURTLE).toGraph());
        } catch (RiotException e) {
            throw new UserException(ExitCodes.USAGE, shapes + ": not valid Turtle shapes: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UserException(ExitCodes.USAGE, shapes + ": cannot use as SHACL shapes: " + e.getMessage(), e);
        }
    }

    private Lang lang() {
        if (format != null) {
            return RdfFormat.byName(format).map(RdfFormat::lang).orElseThrow(() -> new UserException(ExitCodes.USAGE,
                    "unknown format '" + format + "' (expected " + RdfFormat.names() + ")"));
        }
        String name = file.getFileName().toString();
        return RdfFormat.byFileName(name).map(RdfFormat::lang)
                .or(() -> java.util.Optional.ofNullable(RDFLanguages.filenameToLang(name)))
                .orElseThrow(() -> new UserException(ExitCodes.USAGE,
                        "cannot tell the RDF format from '" + name + "': use --format " + RdfFormat.names()));
    }
}
