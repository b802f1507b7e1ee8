package io.newsgraph.cli;

import io.newsgraph.model.jsonl.JsonLinesReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells extraction output (JSON Lines whose records carry a "record" field) from article inputs,
 * so that load and serve take either: a graph file is loaded as it is; anything else is read as
 * articles and extracted first. A JSON Lines article corpus has no "record" field.
 */
final class GraphFiles {
    private static final Pattern RECORD_FIELD = Pattern.compile("^\\s*\\{.*\"record\"\\s*:\\s*\"(article|entity|fact|event)\"");

    /** The inputs split into graph files and article inputs, each in the order given. */
    record Split(List<Path> graphFiles, List<String> articleInputs) {
    }

    private GraphFiles() {
    }

    static Split split(List<String> inputs) {
        List<Path> graphs = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String input : inputs) {
            if (!input.equals("-") && isGraphFile(Path.of(input))) {
                graphs.add(Path.of(input));
            } else {
                articles.add(input);
            }
        }
        return new Split(graphs, articles);
    }

    /** A .jsonl/.ndjson file (plain or .gz) whose first non-blank line is a newsgraph record. */
    static boolean isGraphFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        if (!(base.endsWith(".jsonl") || base.endsWith(".ndjson")) || !Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader r = JsonLinesReader.open(file)) {
            String line;
            int looked = 0;
            while ((line = r.readLine()) != null && looked < 50) {
                if (!line.isBlank()) {
                    return RECORD_FIELD.matcher(line).find();
                }
                looked++;
            }
            return false;
        } catch (IOException e) {
            // Unreadable: let the article reader report it in its own words.
            return false;
        }
    }
}
