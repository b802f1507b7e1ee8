package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.map.MapFormat;
import io.newsgraph.sink.map.MapOptions;
import io.newsgraph.sink.map.MapSink;
import io.newsgraph.sink.map.UnknownEntityException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** newsgraph map: draws the graph as an offline interactive page, GraphML or Graphviz DOT. */
@Command(name = "map",
        description = {"Draws the graph: an interactive page that works offline (click an edge to see the",
                "sentences behind it), GraphML for Gephi and yEd, or Graphviz DOT."},
        sortOptions = false)
public class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GraphSourceMixin source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the map (map.html, graph.graphml, graph.dot).")
    Path output;

    @Option(names = "--format", paramLabel = "html|graphml|dot",
            description = "Output format; by default taken from the extension of -o.")
    String format;

    @Option(names = "--focus", paramLabel = "NAME",
            description = "Draw only the neighbourhood of this entity (name, alias or id).")
    String focus;

    @Option(names = "--hops", paramLabel = "N",
            description = "How many steps out from --focus to draw (default: 2).")
    Integer hops;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title shown on the page.")
    String title;

    @Override
    public Integer call() {
        MapFormat fmt = format();
        MapOptions options = options();
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException(ExitCodes.OUTPUT, output + ": cannot write the map: "
                    + (Files.exists(folder) ? folder + " is not a folder" : "the folder does not exist"));
        }
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        GraphCollector collector = new GraphCollector();
        source.stream(collector, p -> {
            problems.add(p);
            err.println("newsgraph: " + p);
        });
        Graph graph = collector.graph();
        if (!problems.isEmpty() && graph.entities().isEmpty() && graph.facts().isEmpty()) {
            // Every line was bad: keep whatever map is there rather than replace it by an empty one.
            throw new UserException(ExitCodes.FAILED, source.from() + ": no usable records, the map was not written");
        }
        MapSink sink = new MapSink(output, fmt, options);
        try {
            GraphSink.replay(graph, sink);
        } catch (UnknownEntityException e) {
            throw new UserException(ExitCodes.USAGE, "--focus: " + e.getMessage(), e);
        }
        var s = sink.summary();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("map: wrote %s (%s, %s, %s, %s)%n", s.file(), s.format().name().toLowerCase(Locale.ROOT),
                count(s.nodes(), "entity", "entities"), count(s.edges(), "fact", "facts"),
                count(s.articles(), "article", "articles"));
        out.flush();
        err.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private MapFormat format() {
        if (format != null) {
            try {
                return MapFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UserException(ExitCodes.USAGE, "--format: " + e.getMessage());
            }
        }
        return MapFormat.fromFileName(output).orElseThrow(() -> new UserException(ExitCodes.USAGE,
                output + ": cannot tell the format from the extension; name it .html, .graphml or .dot, or pass --format"));
    }

    private MapOptions options() {
        if (hops != null && focus == null) {
            throw new UserException(ExitCodes.USAGE, "--hops needs --focus NAME");
        }
        try {
            return new MapOptions(focus, hops == null ? MapOptions.DEFAULT_HOPS : hops, title);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }
}
