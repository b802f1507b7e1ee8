package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.stream.ForwardingSink;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.BulkImport;
import io.newsgraph.sink.neo4j.ImportFiles;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code load --bulk}: a first load of the embedded server's folder through Neo4j's offline
 * importer instead of Bolt transactions. All inputs go into one set of import tables (graph files
 * as they are, articles after extracting them), kept in memory as typed rows, which the importer,
 * run in this process, turns into a new store: no import file is written or parsed. Only for a
 * database that does not exist yet.
 */
final class BulkLoading {
    /** What the bulk load wrote, and how many inputs or lines were bad. */
    record Outcome(ImportFiles.Counts counts, long problems, long millis) {
    }

    private final Path dataDir;
    private final String database;
    private final PrintWriter err;

    BulkLoading(Path dataDir, String database, PrintWriter err) {
        this.dataDir = dataDir;
        this.database = database;
        this.err = err;
    }

    Outcome load(InputsMixin inputs, ExtractionOptions extraction) {
        if (Files.exists(dataDir.resolve("data").resolve("databases").resolve(database))) {
            throw new UserException(ExitCodes.USAGE, dataDir + " already holds database '" + database
                    + "': --bulk only makes a new one; load without --bulk adds to it, or name a new --data folder");
        }
        long t0 = System.nanoTime();
        ImportFiles graph = ImportFiles.inMemory(OffsetDateTime.now(ZoneOffset.UTC));
        long problems = write(inputs, extraction, graph);
        runImporter(graph);
        return new Outcome(graph.counts(), problems, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Graph files and extracted articles through one ImportFiles pass; returns the number of bad inputs and lines. */
    private long write(InputsMixin inputs, ExtractionOptions extraction, ImportFiles files) {
        GraphFiles.Split split = GraphFiles.split(inputs.inputs());
        List<Path> readable = GraphLoading.readableInputs(split.graphFiles(), err);
        long problems = split.graphFiles().size() - readable.size();
        // Each file's reader starts and finishes its sink; the import files start once and finish once.
        GraphSink oneRun = new ForwardingSink() {
            @Override
            protected void forward(Consumer<GraphSink> call) {
                call.accept(files);
            }

            @Override
            public void start() {
            }

            @Override
            public void finish() {
            }
        };
        try {
            files.start();
            for (Path f : readable) {
                problems += GraphLoading.streamFile(f, oneRun, err);
            }
            if (!split.articleInputs().isEmpty()) {
                ArticleGraphBuilder.Outcome built = ArticleGraphBuilder.build(inputs, split.articleInputs(), extraction,
                        System.in, err, Progress.forTerminal());
                GraphSink.replay(built.graph(), oneRun);
                problems += built.inputErrors() + built.extractionFailures();
            }
            if (files.counts().articles() + files.counts().entities() + files.counts().facts() == 0) {
                throw new UserException(ExitCodes.FAILED, "nothing to load: no readable record in the inputs");
            }
            files.finish();
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "--bulk: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserException(ExitCodes.OUTPUT, e.getMessage(), e);
        } finally {
            files.abandon();
        }
        err.flush();
        return problems;
    }

    private void runImporter(ImportFiles graph) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            BulkImport.into(dataDir, graph, database, out);
        } catch (IllegalStateException e) {
            throw new UserException(ExitCodes.NEO4J, "bulk import into " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
