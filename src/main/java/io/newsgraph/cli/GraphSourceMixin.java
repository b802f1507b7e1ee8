package io.newsgraph.cli;

import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.Neo4jGraphReader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * --from: where export, map and sparql take the graph from. "neo4j" (the default) reads the
 * embedded database in --data, or the server at --neo4j, so that edits made in Neo4j Browser
 * are included; a JSON Lines file written by {@code newsgraph extract} (plain or .gz) is read
 * without any database. Either way the graph is streamed record by record into the sink.
 */
public class GraphSourceMixin {
    /** The --from value that means the database rather than a file. */
    public static final String NEO4J = "neo4j";

    @Option(names = "--from", paramLabel = "neo4j|FILE.jsonl",
            description = "'neo4j' (default: the embedded database in --data, or --neo4j URI) or a JSON Lines file "
                    + "written by 'newsgraph extract' (plain or .gz).")
    String from;

    @Mixin
    Neo4jOptions neo4j;

    /** What --from names, "neo4j" when it was not given. */
    public String from() {
        return from == null ? NEO4J : from;
    }

    /** True when the user gave --from (commands that also take files tell the two apart). */
    public boolean explicit() {
        return from != null;
    }

    public boolean fromNeo4j() {
        return NEO4J.equalsIgnoreCase(from());
    }

    /** Streams the graph into the sink; bad lines go to problems and are skipped. */
    public void stream(GraphSink sink, Consumer<JsonLinesReader.Problem> problems) {
        if (fromNeo4j()) {
            streamFromNeo4j(sink);
            return;
        }
        String from = from();
        Path file = Path.of(from);
        try (BufferedReader r = JsonLinesReader.open(file)) {
            JsonLinesReader.stream(r, from, sink, problems);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, from + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, from + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void streamFromNeo4j(GraphSink sink) {
        try (Neo4jTarget target = neo4j.open()) {
            Neo4jGraphReader.from(target).read(sink);
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, "reading the graph from Neo4j failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String m) {
        return m == null ? "unknown error" : m.lines().findFirst().orElse(m);
    }
}
