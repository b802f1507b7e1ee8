package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path gives the graph a Bolt load gives: the same records are loaded both ways into two
 * fresh embedded servers (one with the loader, one from the CSV files through Neo4j's real
 * importer; and from the same records kept in memory and fed to the importer in this process)
 * and every node and relationship is compared with its labels, type and properties,
 * value types included; only the loadedAt stamps differ, and both are datetimes.
 */
class BulkImportIT {
    /** Records with what breaks naive CSV: quotes, commas, semicolons, line breaks, U+2028, and ends no record gives. */
    private static final String HOSTILE = String.join("\n",
            "{\"record\":\"article\",\"id\":\"fx-h\",\"title\":\"He said \\\"no\\\", then; left\",\"source\":\"Wire, Inc.\","
                    + "\"text\":\"Ann O'Hara said \\\"never\\\"; then left.\\nA second line, with a comma.\\u2028A third ]]> part \\\\ done.\"}",
            "{\"record\":\"entity\",\"id\":\"person/ann-o-hara\",\"name\":\"Ann \\\"Annie\\\" O'Hara, Jr.; <b>x</b>\",\"label\":\"Person\","
                    + "\"aliases\":[\"Annie; the \\\"boss\\\"\",\"O'Hara\\\\\"],\"mentions\":3,\"articles\":[\"fx-h\",\"fx-missing\"]}",
            "{\"record\":\"entity\",\"id\":\"organization/quiet-firm\",\"name\":\"Quiet Firm\",\"label\":\"Organization\","
                    + "\"aliases\":[],\"mentions\":1,\"articles\":[\"fx-h\"]}",
            "{\"record\":\"event\",\"id\":\"event/fx-h-1\",\"type\":\"MET_WITH\",\"article\":\"fx-h\",\"sentence\":1,"
                    + "\"participants\":[{\"role\":\"agent\",\"entity\":\"person/ann-o-hara\"},{\"role\":\"recipient\",\"entity\":\"person/phantom\"},"
                    + "{\"role\":\"agent\",\"entity\":\"person/ann-o-hara\"}],\"date\":\"2025\",\"place\":null,\"cameo\":\"042\"}",
            "{\"record\":\"event\",\"id\":\"event/fx-h-9\",\"type\":\"REQUESTED\",\"article\":\"fx-gone\",\"sentence\":9,"
                    + "\"participants\":[{\"role\":\"agent\",\"entity\":\"organization/quiet-firm\"}],\"date\":null,\"place\":\"Nowhere\"}",
            "{\"record\":\"fact\",\"id\":\"fact/h-1\",\"subject\":\"Ann O'Hara\",\"predicate\":\"WORKS_FOR\",\"object\":\"Ghost Corp\","
                    + "\"subjectId\":\"person/ann-o-hara\",\"objectId\":\"organization/ghost-corp\",\"article\":\"fx-h\",\"sentence\":1,"
                    + "\"start\":0,\"end\":30,\"text\":\"A second line, with a comma.\",\"extractor\":\"role-title\",\"confidence\":0.7,"
                    + "\"polarity\":\"negative\",\"modality\":\"reported\",\"attributedTo\":\"a \\\"source\\\"; unnamed\","
                    + "\"evidence\":[{\"article\":\"fx-h\",\"sentence\":1,\"start\":0,\"end\":30,\"text\":\"A second line,\\nwith; a comma.\","
                    + "\"extractor\":\"role-title\",\"confidence\":0.7,\"attributedTo\":\"the council's spokesman\"},"
                    + "{\"article\":\"fx-h\",\"sentence\":2,\"start\":31,\"end\":50,"
                    + "\"text\":\"Third \\\"quoted\\\" one.\",\"extractor\":\"verb-frame\",\"confidence\":0.9,\"date\":\"2025-01-02\"}]}",
            "{\"record\":\"fact\",\"id\":\"fact/h-2\",\"subject\":\"Quiet Firm\",\"predicate\":\"REQUESTED\",\"object\":\"Ann O'Hara\","
                    + "\"subjectId\":\"organization/quiet-firm\",\"objectId\":\"person/ann-o-hara\",\"article\":\"fx-h\",\"sentence\":3,"
                    + "\"start\":51,\"end\":60,\"text\":\"Asked her.\",\"extractor\":\"verb-frame\",\"confidence\":0.6,"
                    + "\"polarity\":\"positive\",\"modality\":\"asserted\",\"event\":\"event/fx-h-9\"}");

    @TempDir
    Path dir;

    @Test
    void theImporterGivesTheGraphTheLoaderGives() throws Exception {
        Graph graph = graph();
        List<String> bolt;
        List<String> boltRelationships;
        Graph boltRead;
        try (Neo4jTarget target = TestNeo4j.start(dir.resolve("bolt"))) {
            Neo4jLoader.load(target, graph);
            bolt = nodes(target);
            boltRelationships = relationships(target);
            boltRead = read(target);
        }
        assertThat(boltRead.events()).filteredOn(ev -> ev.id().equals("event/fx-h-1")).singleElement()
                .satisfies(ev -> assertThat(ev.cameo()).isEqualTo("042"));

        ImportFiles files = new ImportFiles(dir.resolve("csv"), OffsetDateTime.now(ZoneOffset.UTC));
        GraphSink.replay(graph, files);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            // The fixture's article text and an evidence sentence (also an event's sentence) hold line breaks; no name does.
            assertThat(files.multilineFiles()).containsExactly("articles.csv", "events.csv", "facts.csv");
        }
        Map<String, Long> numbers = nodeNumbers(dir.resolve("csv"));
        assertThat(files.nodes()).as("a number per node").isEqualTo(bolt.size());
        assertThat(numbers.values()).as("nodes numbered 0 up without a gap").containsExactlyInAnyOrderElementsOf(
                LongStream.range(0, files.nodes()).boxed().toList());
        for (BulkImport.IdType idType : BulkImport.IdType.values()) {
            Path home = dir.resolve("bulk-" + idType);
            try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                BulkImport.into(home, dir.resolve("csv"), "neo4j", files.multilineFiles(), idType, out, out);
            }
            try (Neo4jTarget target = TestNeo4j.start(home)) {
                Neo4jSchema.apply(target.driver(), target.database());
                assertThat(nodes(target)).as("nodes, labels and properties, " + idType).isEqualTo(bolt);
                assertThat(relationships(target)).as("relationships and properties, " + idType).isEqualTo(boltRelationships);
                assertThat(TestNeo4j.sorted(read(target))).isEqualTo(TestNeo4j.sorted(boltRead));
                if (idType == BulkImport.IdType.ACTUAL) {
                    assertThat(storeIds(target)).as("each node stored at its number").isEqualTo(numbers);
                }
            }
        }
        // The same graph fed to the importer in this process, typed rows instead of files: the same store.
        ImportFiles inMemory = ImportFiles.inMemory(OffsetDateTime.now(ZoneOffset.UTC));
        GraphSink.replay(graph, inMemory);
        assertThat(inMemory.nodes()).isEqualTo(files.nodes());
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            BulkImport.into(dir.resolve("bulk-in-process"), inMemory, "neo4j", out);
        }
        try (Neo4jTarget target = TestNeo4j.startAfterBulkImport(dir.resolve("bulk-in-process"))) {
            Neo4jSchema.apply(target.driver(), target.database());
            assertThat(nodes(target)).as("nodes, labels and properties, in process").isEqualTo(bolt);
            assertThat(relationships(target)).as("relationships and properties, in process").isEqualTo(boltRelationships);
            assertThat(TestNeo4j.sorted(read(target))).isEqualTo(TestNeo4j.sorted(boltRead));
            assertThat(storeIds(target)).as("each node stored at its number, in process").isEqualTo(numbers);
        }
        // Its full-text index, built with the bulk start's merge factor, answers at an ordinary start.
        try (Neo4jTarget target = TestNeo4j.start(dir.resolve("bulk-in-process"))) {
            assertThat(TestNeo4j.query(target, "CALL db.index.fulltext.queryNodes('entity_names', 'ghost') YIELD node"
                    + " RETURN node.id AS id", Map.of()).stream().map(r -> r.get("id").asString()))
                    .containsExactly("organization/ghost-corp");
        }
        try (Neo4jTarget target = TestNeo4j.start(dir.resolve("bulk-" + BulkImport.EMBEDDED))) {
            // The schema statements of one transaction: every one took, every index is online, and a second run changes nothing.
            Neo4jSchema.apply(target.driver(), target.database());
            assertThat(TestNeo4j.query(target, "SHOW INDEXES YIELD name, state, type WHERE type <> 'LOOKUP' RETURN name, state",
                    Map.of()).stream().map(r -> r.get("name").asString() + " " + r.get("state").asString()))
                    .containsExactlyInAnyOrder("entity_id ONLINE", "article_id ONLINE", "event_id ONLINE", "claim_id ONLINE",
                            "entity_name ONLINE", "article_published ONLINE", "event_date ONLINE", "claim_status ONLINE",
                            "entity_names ONLINE");
            assertThat(TestNeo4j.query(target, "SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).stream()
                    .map(r -> r.get("name").asString())).containsExactlyInAnyOrder("entity_id", "article_id", "event_id", "claim_id");
            // Stubs for the ends no record gave: an event's participant, a fact's object, two articles.
            assertThat(TestNeo4j.query(target, "MATCH (e:Entity:Other) WHERE e.id IN ['person/phantom', 'organization/ghost-corp']"
                    + " RETURN e.name AS name ORDER BY name", Map.of()).stream().map(r -> r.get("name").asString()))
                    .containsExactly("Ghost Corp", "person/phantom");
            assertThat(TestNeo4j.query(target, "MATCH (a:Article) WHERE a.text IS NULL RETURN a.id AS id ORDER BY id", Map.of())
                    .stream().map(r -> r.get("id").asString())).containsExactly("fx-gone", "fx-missing");
        }
        assertThat(files.counts().facts()).isEqualTo(graph.facts().size());
    }

    @Test
    void aSecondBulkImportIntoTheSameFolderIsRefusedWithTheReason() throws Exception {
        ImportFiles files = new ImportFiles(dir.resolve("csv"), OffsetDateTime.now(ZoneOffset.UTC));
        GraphSink.replay(graph(), files);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        BulkImport.into(dir.resolve("bulk"), dir.resolve("csv"), "neo4j", files.multilineFiles(), quiet, quiet);
        assertThatThrownBy(() -> BulkImport.into(dir.resolve("bulk"), dir.resolve("csv"), "neo4j", null, quiet, quiet))
                .hasMessageContaining("already holds database 'neo4j'");
        ImportFiles inMemory = ImportFiles.inMemory(OffsetDateTime.now(ZoneOffset.UTC));
        GraphSink.replay(graph(), inMemory);
        assertThatThrownBy(() -> BulkImport.into(dir.resolve("bulk"), inMemory, "neo4j", quiet))
                .hasMessageContaining("already holds database 'neo4j'");
    }

    @Test
    void aFactThatComesTwiceIsRefusedAndNoFileIsLeft() throws Exception {
        Graph g = graph();
        ImportFiles files = new ImportFiles(dir.resolve("csv"), OffsetDateTime.now(ZoneOffset.UTC));
        files.start();
        g.articles().forEach(files::article);
        g.entities().forEach(files::entity);
        files.fact(g.facts().get(0));
        assertThatThrownBy(() -> files.fact(g.facts().get(0))).hasMessageContaining("comes twice");
        files.abandon();
        try (var listing = Files.list(dir.resolve("csv"))) {
            assertThat(listing).isEmpty();
        }
    }

    static Graph graph() throws Exception {
        String fixture = Files.readString(Path.of("newsgraph-core/src/test/resources/fixtures/small-graph.jsonl"));
        return JsonLinesReader.read(new BufferedReader(new StringReader(fixture + "\n" + HOSTILE + "\n")), "fixture",
                problem -> {
                    throw new AssertionError(problem.toString());
                });
    }

    /** Each node's kind and string id, with its number in the node files. */
    private static Map<String, Long> nodeNumbers(Path csv) throws IOException {
        // A node's line starts with its number, its labels and its id; lines that go on a value with a line break do not.
        Pattern node = Pattern.compile("^(\\d+),\"[^\"]*\",\"([^\"]*)\"");
        Map<String, Long> numbers = new TreeMap<>();
        for (String file : ImportFiles.NODE_FILES) {
            String kind = file.startsWith("article") ? "Article" : file.startsWith("entit") ? "Entity" : "Event";
            for (String line : Files.readAllLines(csv.resolve(file))) {
                Matcher m = node.matcher(line);
                if (m.find()) {
                    String key = kind + " " + m.group(2);
                    assertThat(numbers.put(key, Long.parseLong(m.group(1)))).as("numbered once: " + key).isNull();
                }
            }
        }
        return numbers;
    }

    private static Map<String, Long> storeIds(Neo4jTarget target) {
        Map<String, Long> ids = new TreeMap<>();
        for (var r : TestNeo4j.query(target, "MATCH (n) RETURN [l IN labels(n) WHERE l IN ['Article', 'Entity', 'Event']][0] AS kind,"
                + " n.id AS id, id(n) AS number", Map.of())) {
            ids.put(r.get("kind").asString() + " " + r.get("id").asString(), r.get("number").asLong());
        }
        return ids;
    }

    private static Graph read(Neo4jTarget target) {
        GraphCollector c = new GraphCollector();
        Neo4jGraphReader.from(target).read(c);
        return c.graph();
    }

    private static List<String> nodes(Neo4jTarget target) {
        return GraphContents.nodes(target, GraphContents.EmptyLists.AS_UNSET);
    }

    private static List<String> relationships(Neo4jTarget target) {
        return GraphContents.relationships(target, GraphContents.EmptyLists.AS_UNSET);
    }
}
