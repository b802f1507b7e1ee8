package io.newsgraph.sink.neo4j;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Neo4j's offline importer over the files of {@link ImportFiles}: the exact
 * {@code neo4j-admin database import full} command for a user's own server, and the same import
 * run in this process into the store of an embedded server's folder (Neo4j's own importer class,
 * from the neo4j-import-tool jar the embedded server ships with).
 */
public final class BulkImport {
    private BulkImport() {
    }

    /**
     * How the importer reads the node numbers of the files ({@code --id-type}). Either way it
     * skips what string ids cost it: encoding and sorting them, checking them for collisions and
     * a binary search among them for each relationship end.
     */
    public enum IdType {
        /**
         * The importer maps the numbers to node ids of its own (a sort of numbers and a search per
         * end): the documented, safe choice for any server, so the command printed for a
         * user's server uses it.
         */
        INTEGER("integer"),
        /**
         * The numbers are the node ids: no mapping at all. Needs numbers from 0 without gaps
         * ({@link ImportFiles} gives them) and a store whose node ids are record positions: the
         * record format of the Community embedded server. The docs also ask for the numbers in
         * ascending order across the node files, which a writer that learns of stub nodes and
         * events last cannot give while streaming; Neo4j 5.26's importer does not depend on it
         * (read in its 5.26.18 classes: the actual-id mapper returns the number as it is and
         * checks nothing, the node importer writes each node at its number, and each worker
         * raises the store's high id to the highest it wrote, never lowers it). BulkImportIT
         * compares every node and relationship with a Bolt load, and checks the numbers.
         */
        ACTUAL("actual");

        private final String option;

        IdType(String option) {
            this.option = option;
        }
    }

    /** The id type of the import into the embedded server's folder ({@link #into}). */
    public static final IdType EMBEDDED = IdType.ACTUAL;

    /**
     * The importer's options for the files in {@code dir}, as paths inside it ({@code relative}) or
     * absolute. {@code multilineFiles} are the files with a line break inside a value
     * ({@link ImportFiles#multilineFiles()}): only they are parsed as multiline, which costs the
     * importer its parallel reading (measured: 1.5 times its CPU time on the bench graph); null
     * when the content is not known, and then every file is.
     */
    public static List<String> options(Path dir, boolean relative, Set<String> multilineFiles, IdType idType) {
        List<String> args = new ArrayList<>();
        args.add("--id-type=" + idType.option);
        for (String f : ImportFiles.NODE_FILES) {
            args.add("--nodes=" + path(dir, f, relative));
        }
        for (String f : ImportFiles.RELATIONSHIP_FILES) {
            args.add("--relationships=" + path(dir, f, relative));
        }
        // List entries and labels are split on U+001F, not ';' (sentences hold semicolons).
        args.add("--array-delimiter=U+001F");
        if (multilineFiles == null) {
            args.add("--multiline-fields=true");
        } else if (!multilineFiles.isEmpty()) {
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + String.join(",", multilineFiles.stream().map(f -> path(dir, f, relative)).toList()));
        }
        return args;
    }

    private static String path(Path dir, String file, boolean relative) {
        return relative ? file : dir.resolve(file).toAbsolutePath().toString();
    }

    /**
     * What a user runs on their server's machine, in the folder of the files, with the server
     * stopped, when the files' content is not known (every file parsed as multiline).
     */
    public static String command(String database) {
        return command(database, null);
    }

    /** The command for files whose multiline ones are known ({@link ImportFiles#multilineFiles()}). */
    public static String command(String database, Set<String> multilineFiles) {
        List<String> parts = new ArrayList<>(List.of("neo4j-admin", "database", "import", "full"));
        parts.addAll(options(Path.of("."), true, multilineFiles, IdType.INTEGER));
        parts.add(database);
        return String.join(" ", parts);
    }

    /**
     * Imports the files into database {@code database} of the Neo4j home {@code home} (an
     * embedded server's data folder, not running). The database must not exist yet: a bulk import
     * writes a new store, it does not add to one.
     *
     * @throws IllegalStateException when the importer reports a failure (its message says what)
     */
    public static void into(Path home, Path dir, String database, Set<String> multilineFiles, PrintStream out,
                            PrintStream err) {
        into(home, dir, database, multilineFiles, EMBEDDED, out, err);
    }

    /**
     * Imports the graph of an in-memory {@link ImportFiles} ({@link ImportFiles#inMemory}, finished)
     * into database {@code database} of the Neo4j home {@code home}, with Neo4j's importer reading
     * the typed rows directly in this process: the same store as the import of the CSV files with
     * {@link #EMBEDDED} ids, without writing and parsing them. {@code out} gets the importer's
     * progress.
     *
     * @throws IllegalStateException when the importer fails (its message says what)
     */
    public static void into(Path home, ImportFiles graph, String database, PrintStream out) {
        refuseExisting(home, database);
        try (GraphInput input = GraphInput.of(graph)) {
            InProcessImport.run(home, database, input, out);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new IllegalStateException("the Neo4j importer failed: " + reason.lines().findFirst().orElse(""), e);
        }
    }

    private static void refuseExisting(Path home, String database) {
        Path store = home.resolve("data").resolve("databases").resolve(database);
        if (Files.exists(store)) {
            throw new IllegalStateException(home + " already holds database '" + database
                    + "': a bulk import only creates a new one (use load to add to it, or a new --data folder)");
        }
    }

    /** As {@link #into(Path, Path, String, Set, PrintStream, PrintStream)}, with the id type given (the bench compares them). */
    public static void into(Path home, Path dir, String database, Set<String> multilineFiles, IdType idType, PrintStream out,
                            PrintStream err) {
        refuseExisting(home, database);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, err, new DefaultFileSystemAbstraction());
        List<String> args = new ArrayList<>(options(dir, false, multilineFiles, idType));
        // The importer writes its report of skipped lines to the working folder unless told otherwise.
        args.add("--report-file=" + home.resolve("import.report").toAbsolutePath());
        args.add(database);
        StringBuilder failure = new StringBuilder();
        CommandLine cli = new CommandLine(new ImportCommand.Full(context))
                .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                    failure.append(ex.getMessage() == null ? ex.toString() : ex.getMessage());
                    return 1;
                });
        int code = cli.execute(args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("the Neo4j importer failed" + (failure.isEmpty() ? " (exit code " + code + ")"
                    : ": " + failure.toString().lines().findFirst().orElse("")));
        }
    }
}
