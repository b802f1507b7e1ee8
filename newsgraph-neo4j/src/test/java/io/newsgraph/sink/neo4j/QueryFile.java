package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cypher/queries.cypher as the tests read it: each query's number, title, documented parameter
 * defaults ("// :param name => value", the Browser syntax) and text. Used by QueriesIT (a
 * hand-made fixture) and ExampleQueriesIT (the bundled examples).
 */
final class QueryFile {
    /** A query of queries.cypher: its number, title, parameters with their defaults, and text. */
    record Query(String id, String title, Map<String, String> params, String cypher) {
        /** The $names the text uses, in order of appearance. */
        List<String> paramNames() {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\$(\\w+)").matcher(cypher);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The documented defaults, evaluated by the server: each must itself be valid Cypher. */
        Map<String, Object> defaults(Neo4jTarget neo4j) {
            Map<String, Object> values = new HashMap<>();
            for (Map.Entry<String, String> p : params.entrySet()) {
                values.put(p.getKey(), TestNeo4j.query(neo4j, "RETURN " + p.getValue() + " AS v", Map.of())
                        .get(0).get("v").asObject());
            }
            return values;
        }
    }

    private QueryFile() {
    }

    static Path path() {
        return TestGraphs.repoRoot().resolve("cypher/queries.cypher");
    }

    static List<Query> parse() throws IOException {
        return parse(path());
    }

    static List<Query> parse(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        Pattern head = Pattern.compile("^// \\[(Q\\d+)] (.+)$");
        Pattern param = Pattern.compile("^// :param (\\w+) => (.+)$");
        Query current = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            Matcher h = head.matcher(line);
            Matcher p = param.matcher(line);
            if (h.matches()) {
                current = new Query(h.group(1), h.group(2), new LinkedHashMap<>(), null);
                text.setLength(0);
            } else if (current != null && p.matches()) {
                current.params().put(p.group(1), p.group(2));
            } else if (current != null && !line.startsWith("//") && !line.isBlank()) {
                text.append(line).append('\n');
                if (line.trim().endsWith(";")) {
                    String cypher = text.toString().trim();
                    queries.add(new Query(current.id(), current.title(), current.params(),
                            cypher.substring(0, cypher.length() - 1)));
                    current = null;
                }
            }
        }
        return queries;
    }
}
