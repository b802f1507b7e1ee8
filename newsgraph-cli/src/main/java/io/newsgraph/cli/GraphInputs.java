package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One graph in memory from INPUT... as load takes them: JSON Lines written by extract are read as
 * they are, anything else is read as articles and extracted. Bad files and lines are named on err
 * and counted; nothing readable at all is exit code 5.
 */
final class GraphInputs {
    /** The graph, and how many inputs or lines could not be used. */
    record Outcome(Graph graph, long problems) {
    }

    private GraphInputs() {
    }

    static Outcome read(InputsMixin inputs, ExtractionOptions extraction, PrintWriter err) {
        GraphFiles.Split split = GraphFiles.split(inputs.inputs());
        List<Path> readable = GraphLoading.readableInputs(split.graphFiles(), err);
        long problems = split.graphFiles().size() - readable.size();
        List<Graph> parts = new ArrayList<>();
        for (Path f : readable) {
            long[] bad = new long[1];
            try {
                parts.add(JsonLinesReader.read(f, p -> {
                    bad[0]++;
                    err.println("newsgraph: " + p);
                }));
            } catch (IOException | JsonLinesReader.ReadException e) {
                err.println("newsgraph: " + f + ": cannot read: " + e.getMessage());
                bad[0]++;
            }
            problems += bad[0];
        }
        if (!split.articleInputs().isEmpty()) {
            ArticleGraphBuilder.Outcome built = ArticleGraphBuilder.build(inputs, split.articleInputs(), extraction,
                    System.in, err, Progress.forTerminal());
            parts.add(built.graph());
            problems += built.inputErrors() + built.extractionFailures();
        }
        err.flush();
        if (parts.isEmpty()) {
            throw new UserException(ExitCodes.FAILED, "nothing to read: no readable input among " + inputs.inputs().size() + " given");
        }
        return new Outcome(merge(parts), problems);
    }

    /** Several graphs as one: a later article, entity or fact with the same id replaces an earlier one. */
    static Graph merge(List<Graph> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        for (Graph g : parts) {
            g.articles().forEach(a -> articles.put(a.id(), a));
            g.entities().forEach(e -> entities.put(e.id(), e));
            g.facts().forEach(f -> facts.put(f.id(), f));
            g.events().forEach(e -> events.put(e.id(), e));
        }
        return new Graph(List.copyOf(articles.values()), List.copyOf(entities.values()), List.copyOf(facts.values()),
                List.copyOf(events.values()));
    }
}
