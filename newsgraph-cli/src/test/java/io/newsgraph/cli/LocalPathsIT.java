package io.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.ExampleGraph;
import io.newsgraph.ExampleRun;
import io.newsgraph.TestGraphs;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.rdf.NgVocab;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'newsgraph run' on the examples, started as bin/newsgraph starts it (so the examples folder
 * is an absolute path): no output names a folder of this machine. facts.jsonl, the RDF,
 * the map and Neo4j record each article's path relative to the folder read, and
 * --keep-paths gives the absolute path back.
 */
class LocalPathsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The examples as each output should name them: the file names inside examples/articles. */
    private static Set<String> exampleFileNames() throws IOException {
        try (Stream<Path> files = Files.list(ExampleGraph.folder())) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Strings that would give away this machine: the project folder (as named and as resolved), the home folder. */
    private static Set<String> localFolders() throws IOException {
        Set<String> marks = new LinkedHashSet<>();
        marks.add(TestGraphs.repoRoot().toString());
        marks.add(TestGraphs.repoRoot().toRealPath().toString());
        String home = System.getProperty("user.home");
        if (home != null && home.length() > 1) {
            marks.add(home);
        }
        marks.add("file:/");
        return marks;
    }

    @Test
    void noOutputOfRunNamesAFolderOfThisMachine() throws IOException {
        ExampleRun.Result run = ExampleRun.first();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Set<String> local = localFolders();
        for (String file : List.of("facts.jsonl", "graph.ttl", "graph.trig", "map.html")) {
            String content = Files.readString(ExampleRun.out(file));
            for (String mark : local) {
                assertThat(content).as("%s names %s", file, mark).doesNotContain(mark);
            }
        }
        try (Neo4jTarget db = RunCommandIT.reopen()) {
            for (String value : stringValues(db)) {
                for (String mark : local) {
                    assertThat(value).as("a value in Neo4j names %s", mark).doesNotContain(mark);
                }
            }
        }
    }

    @Test
    void everyOutputRecordsThePathInsideTheFolderRead() throws IOException {
        ExampleRun.first();
        Set<String> expected = exampleFileNames();
        Set<String> jsonl = new TreeSet<>();
        for (String line : Files.readAllLines(ExampleRun.out("facts.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            if (n.path("record").asText().equals("article")) {
                jsonl.add(n.path("path").asText());
            }
        }
        assertThat(jsonl).as("facts.jsonl").isEqualTo(expected);

        Set<String> rdf = new TreeSet<>();
        RdfValidator.read(ExampleRun.out("graph.ttl"), Lang.TURTLE).getDefaultGraph()
                .find(Node.ANY, NgVocab.PATH, Node.ANY).forEachRemaining(t -> rdf.add(t.getObject().getLiteralLexicalForm()));
        assertThat(rdf).as("ng:path in graph.ttl").isEqualTo(expected);

        try (Neo4jTarget db = RunCommandIT.reopen()) {
            Set<String> neo4j = new TreeSet<>();
            query(db, "MATCH (a:Article) RETURN a.path AS path").forEach(v -> neo4j.add(v.asString()));
            assertThat(neo4j).as("Article.path in Neo4j").isEqualTo(expected);
        }
    }

    @Test
    void keepPathsRecordsTheAbsolutePath() throws IOException {
        // Named relative to the project folder, as a user in it would type it.
        Path named = TestGraphs.repoRoot().relativize(ExampleGraph.folder().resolve("musk-putin-calls.txt"));
        CliRun r = CliRun.of("extract", "--keep-paths", named.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode article = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(article.path("record").asText()).isEqualTo("article");
        assertThat(article.path("path").asText()).isEqualTo(named.toAbsolutePath().normalize().toString()).startsWith("/");
    }

    /** Every string (and string in a list) held by a node or relationship property. */
    private static List<String> stringValues(Neo4jTarget db) {
        List<String> out = new ArrayList<>();
        List<Value> maps = new ArrayList<>(query(db, "MATCH (n) RETURN properties(n) AS p"));
        maps.addAll(query(db, "MATCH ()-[r]->() RETURN properties(r) AS p"));
        for (Value props : maps) {
            for (Value v : props.values()) {
                if (v.type().name().equals("STRING")) {
                    out.add(v.asString());
                } else if (v.type().name().equals("LIST")) {
                    v.asList(Value::toString).forEach(out::add);
                }
            }
        }
        assertThat(out).as("strings read from Neo4j").isNotEmpty();
        return out;
    }

    private static List<Value> query(Neo4jTarget db, String cypher) {
        return db.driver().executableQuery(cypher).withConfig(QueryConfig.builder().withDatabase(db.database()).build())
                .execute().records().stream().map(rec -> rec.get(0)).toList();
    }
}
