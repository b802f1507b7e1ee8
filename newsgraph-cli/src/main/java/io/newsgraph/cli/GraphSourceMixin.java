package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.model.stream.GraphSource;
import io.newsgraph.sink.neo4j.Neo4jGraphReader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    /** The graph --from names, as a source; bad lines of a file go to problems and are skipped. */
    public GraphSource source(Consumer<JsonLinesReader.Problem> problems) {
        if (fromNeo4j()) {
            return this::streamFromNeo4j;
        }
        GraphSource file = JsonLinesReader.source(Path.of(from()), problems);
        return sink -> {
            try {
                file.into(sink);
            } catch (JsonLinesReader.ReadException e) {
                if (e.getCause() instanceof NoSuchFileException) {
                    throw new UserException(ExitCodes.USAGE, from() + ": no such file");
                }
                throw new UserException(ExitCodes.USAGE, from() + ": cannot read: " + e.getCause().getMessage(), e);
            }
        };
    }

    /** Streams the graph into the sink; bad lines go to problems and are skipped. */
    public void stream(GraphSink sink, Consumer<JsonLinesReader.Problem> problems) {
        source(problems).into(sink);
    }

    private void streamFromNeo4j(GraphSink sink) {
        try (Neo4jTarget target = neo4j.open()) {
            Neo4jGraphReader.from(target).into(sink);
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            throw new UserException(ExitCodes.NEO4J, "reading the graph from Neo4j failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String m) {
        return m == null ? "unknown error" : m.lines().findFirst().orElse(m);
    }
}
