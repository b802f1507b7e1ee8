package io.newsgraph.cli;

import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.sink.GraphSink;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * --from: where export and map take the graph from. A JSON Lines file written by
 * {@code newsgraph extract} (plain or .gz) is streamed record by record.
 */
public class GraphSourceMixin {
    @Option(names = "--from", paramLabel = "FILE.jsonl",
            description = "JSON Lines file written by 'newsgraph extract' (plain or .gz).")
    String from;

    public String from() {
        return from;
    }

    /** Streams the graph into the sink; bad lines go to problems and are skipped. */
    public void stream(GraphSink sink, Consumer<JsonLinesReader.Problem> problems) {
        if (from == null) {
            throw new UserException(ExitCodes.USAGE, "--from FILE.jsonl is required");
        }
        Path file = Path.of(from);
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = from.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonLinesReader.stream(r, from, sink, problems);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, from + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, from + ": cannot read: " + e.getMessage(), e);
        }
    }
}
