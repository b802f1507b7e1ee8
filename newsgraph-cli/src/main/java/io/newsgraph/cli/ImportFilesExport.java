package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.AtomicFile;
import io.newsgraph.sink.neo4j.BulkImport;
import io.newsgraph.sink.neo4j.ImportFiles;
import io.newsgraph.sink.neo4j.Neo4jSchema;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export --format neo4j-import -o DIR}: the graph as the CSV files of Neo4j's offline
 * importer, with the exact command and the schema statements written beside them, for a first
 * load of a server of the user's own (or a Spark job's output).
 */
final class ImportFilesExport {
    static final String FORMAT = "neo4j-import";
    static final String COMMAND_FILE = "import-command.txt";
    static final String SCHEMA_FILE = "schema.cypher";

    private ImportFilesExport() {
    }

    static int write(GraphSourceMixin source, Path dir, PrintWriter out, PrintWriter err) {
        ImportFiles files = new ImportFiles(dir, OffsetDateTime.now(ZoneOffset.UTC));
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        try {
            source.stream(files, problem -> {
                err.println("newsgraph: skipped " + problem);
                problems.add(problem);
            });
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.FAILED, dir + ": " + e.getMessage() + "; no import files were written", e);
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCodes.OUTPUT, e.getMessage(), e);
        } finally {
            files.abandon();
        }
        ImportFiles.Counts c = files.counts();
        if (c.articles() + c.entities() + c.facts() == 0) {
            throw new UserException(ExitCodes.FAILED, source.from() + ": no readable records; nothing to import");
        }
        String command = BulkImport.command("neo4j", files.multilineFiles());
        try {
            AtomicFile.write(dir.resolve(COMMAND_FILE), w -> w.write(command + "\n"));
            AtomicFile.write(dir.resolve(SCHEMA_FILE), w -> {
                for (String statement : Neo4jSchema.statements()) {
                    w.write(statement + ";\n");
                }
            });
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCodes.OUTPUT, e.getMessage(), e);
        }
        out.printf("wrote %d articles, %d entities, %d events, %d facts (%d nodes for ends without a record) "
                + "as import files to %s%n", c.articles(), c.entities(), c.events(), c.facts(), c.stubNodes(), dir);
        out.println("To load them into a new database of your Neo4j server: stop the server, then in " + dir + " run");
        out.println("  " + command);
        out.println("(the last word is the database; it must not exist yet), start the server, and create the indexes");
        out.println("with 'cypher-shell -f " + SCHEMA_FILE + "' (the next 'newsgraph load' into it also creates them).");
        out.println("For the embedded server, 'newsgraph load --bulk' does all of this in one step.");
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
