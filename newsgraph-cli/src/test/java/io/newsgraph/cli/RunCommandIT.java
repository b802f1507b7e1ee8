package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.ExampleGraph;
import io.newsgraph.ExampleRun;
import io.newsgraph.JsonLinesContract;
import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.rdf.NgVocab;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * 'newsgraph run' on the bundled examples, in-process, as a user runs it the first time: every
 * output is written and agrees with the others (facts.jsonl, RDF, map, Neo4j), a second run
 * changes nothing, a folder that cannot be written stops the run before the models load, and
 * 'extract' writes what the extraction contract (shared/eval/README.md) asks.
 */
class RunCommandIT {
    private static final Pattern SUMMARY = Pattern.compile(
            "newsgraph run: (\\d+) articles read, (\\d+) entities, (\\d+) facts \\((\\d+) claims\\), (\\d+) events");

    private static JsonLinesContract.Report facts() {
        return JsonLinesContract.check(ExampleRun.out("facts.jsonl"), ExampleGraph.articlesById());
    }

    @Test
    void runWritesEveryOutputAndSaysWhatItDid() throws IOException {
        ExampleRun.Result run = ExampleRun.first();
        assertThat(run.exitCode()).as(run.err()).isZero();
        // Every example reads cleanly: no problem lines, no stack traces.
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "failed", "skipped");

        JsonLinesContract.Report facts = facts();
        assertThat(facts.problems()).isEmpty();
        Matcher m = SUMMARY.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(facts.articles().size()).isEqualTo(ExampleGraph.articles().size());
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(facts.entities().size()).isPositive();
        assertThat(Integer.parseInt(m.group(3))).isEqualTo(facts.facts().size()).isPositive();
        assertThat(Long.parseLong(m.group(4))).isEqualTo(facts.claims());
        assertThat(Integer.parseInt(m.group(5))).isEqualTo(facts.events().size());

        for (String file : List.of("facts.jsonl", "graph.ttl", "graph.trig", "newsgraph-ontology.ttl", "map.html")) {
            Path p = ExampleRun.out(file);
            assertThat(p).as(file).isRegularFile();
            assertThat(Files.size(p)).as(file).isPositive();
            assertThat(run.out()).as("stdout names " + file).contains(p.toString());
        }
        assertThat(run.out()).containsPattern("map +: .*map.html \\(" + facts.entities().size() + " nodes, "
                + facts.facts().size() + " edges");
        // The server has stopped and its random password is gone: no link, but how to get one.
        assertThat(run.out()).containsPattern("Browser +: run 'newsgraph serve --data .*' .*sign-in link")
                .doesNotContain("/browser/").doesNotContain("token=");
        assertThat(run.out()).containsPattern("Neo4j +: .*" + facts.facts().size() + " facts loaded");
        // No temporary files are left behind by the atomic writes.
        try (var files = Files.list(ExampleRun.OUT)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void rdfFilesParseConformAndHoldEveryFact() {
        ExampleRun.first();
        JsonLinesContract.Report facts = facts();
        RdfValidator shapes = RdfValidator.standard();
        for (var file : Map.of("graph.ttl", Lang.TURTLE, "graph.trig", Lang.TRIG).entrySet()) {
            DatasetGraph dsg = RdfValidator.read(ExampleRun.out(file.getKey()), file.getValue());
            RdfValidator.Result result = shapes.validate(dsg);
            assertThat(result.violations()).as(file.getKey()).isEmpty();
            assertThat(result.triples()).isPositive();
            // The merged view has one ng:Fact per fact of facts.jsonl and one ng:Article per article.
            assertThat(subjectsOfType(dsg, NgVocab.FACT)).as(file.getKey() + " facts").isEqualTo(facts.facts().size());
            assertThat(subjectsOfType(dsg, NgVocab.ARTICLE)).as(file.getKey() + " articles").isEqualTo(facts.articles().size());
            assertThat(subjectsOfType(dsg, NgVocab.EVENT)).as(file.getKey() + " events").isEqualTo(facts.events().size());
        }
        // TriG: one named graph per article.
        DatasetGraph trig = RdfValidator.read(ExampleRun.out("graph.trig"), Lang.TRIG);
        assertThat(org.apache.jena.atlas.iterator.Iter.count(trig.listGraphNodes())).isEqualTo(facts.articles().size());
        assertThat(RdfValidator.read(ExampleRun.out("newsgraph-ontology.ttl"), Lang.TURTLE).getDefaultGraph().size())
                .isPositive();
    }

    private static long subjectsOfType(DatasetGraph dsg, Node type) {
        return dsg.getDefaultGraph().find(Node.ANY, NgVocab.TYPE, type).mapWith(t -> t.getSubject()).toSet().size();
    }

    @Test
    void neo4jHoldsWhatFactsJsonlSays() {
        ExampleRun.first();
        JsonLinesContract.Report facts = facts();
        try (Neo4jTarget db = reopen()) {
            assertThat(ids(db, "MATCH (a:Article) RETURN a.id AS id")).isEqualTo(facts.articles());
            assertThat(ids(db, "MATCH (e:Entity) RETURN e.id AS id")).isEqualTo(facts.entities());
            assertThat(ids(db, "MATCH (:Entity)-[r]->(:Entity) WHERE r.factId IS NOT NULL RETURN r.factId AS id"))
                    .isEqualTo(facts.facts());
            assertThat(ids(db, "MATCH (e:Event) RETURN e.id AS id")).isEqualTo(facts.events());
            assertThat(count(db, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)")).isEqualTo(facts.facts().size());
            assertThat(count(db, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL AND r.polarity = 'positive' "
                    + "AND r.modality <> 'hypothetical' RETURN count(r)")).isEqualTo(facts.claims());
            // Every entity is mentioned by an article, every event reported in one.
            assertThat(count(db, "MATCH (e:Entity) WHERE NOT (:Article)-[:MENTIONS]->(e) RETURN count(e)")).isZero();
            assertThat(count(db, "MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Article) RETURN count(e)")).isZero();
        }
    }

    @Test
    void runningAgainLeavesIdenticalCounts() throws IOException {
        ExampleRun.first();
        long[] before = totals();
        byte[] factsBefore = Files.readAllBytes(ExampleRun.out("facts.jsonl"));

        ExampleRun.Result again = ExampleRun.again();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(totals()).containsExactly(before);
        // Same files, same ids: what the second run wrote is what the first wrote.
        JsonLinesContract.Report first = JsonLinesContract.check(new String(factsBefore), ExampleGraph.articlesById());
        JsonLinesContract.Report second = facts();
        assertThat(second.articles()).isEqualTo(first.articles());
        assertThat(second.entities()).isEqualTo(first.entities());
        assertThat(second.facts()).isEqualTo(first.facts());
        assertThat(second.events()).isEqualTo(first.events());
    }

    /** Nodes, relationships, facts, articles, entities, events. */
    private static long[] totals() {
        try (Neo4jTarget db = reopen()) {
            return new long[]{count(db, "MATCH (n) RETURN count(n)"), count(db, "MATCH ()-[r]->() RETURN count(r)"),
                    count(db, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)"),
                    count(db, "MATCH (n:Article) RETURN count(n)"), count(db, "MATCH (n:Entity) RETURN count(n)"),
                    count(db, "MATCH (n:Event) RETURN count(n)")};
        }
    }

    @Test
    void anUnwritableOutputFolderStopsTheRunBeforeExtraction(@TempDir Path tmp) throws IOException {
        // A folder under a regular file cannot be made, even by root (file permissions would not stop root).
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("run", "-o", blocker.resolve("out").toString(), "--data", tmp.resolve("data").toString(),
                "--bolt-port", "0", "--http-port", "0");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("cannot write to the output folder", blocker.resolve("out").toString());
        assertThat(r.err()).doesNotContain("Loading CoreNLP", "Exception");
        assertThat(r.out()).isEmpty();
        assertThat(tmp.resolve("data")).doesNotExist();
        assertThat(millis).as("fails at once, without reading articles or loading models").isLessThan(5_000);
    }

    @Test
    void extractOfTheExamplesMeetsTheContract(@TempDir Path tmp) throws IOException, InterruptedException {
        Path file = tmp.resolve("examples.jsonl");
        CliRun r = CliRun.of("extract", ExampleGraph.folder().toString(), "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();

        JsonLinesContract.Report report = JsonLinesContract.check(file, ExampleGraph.articlesById());
        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).hasSize(ExampleGraph.articles().size());
        assertThat(r.err()).contains(report.articles().size() + " articles, " + report.entities().size() + " entities, "
                + report.facts().size() + " facts, " + report.events().size() + " events");
        // extract and run read the same articles the same way: the same records come out.
        ExampleRun.first();
        JsonLinesContract.Report run = facts();
        assertThat(report.articles()).isEqualTo(run.articles());
        assertThat(report.entities()).isEqualTo(run.entities());
        assertThat(report.facts()).isEqualTo(run.facts());
        assertThat(report.events()).isEqualTo(run.events());
    }

    /** The shared scorer itself reads what run wrote (the same records extract writes) and counts the same facts. */
    @Test
    @RequiresShared({"eval/score.py", "gold/seed-facts.json"})
    void theSharedScorerReadsTheOutput() throws IOException, InterruptedException {
        ExampleRun.first();
        JsonLinesContract.Report report = facts();
        assumeThat(python3()).as("python3 is installed").isTrue();
        Process p = new ProcessBuilder("python3", SharedData.scorer().toString(), "--gold", SharedData.gold().toString(),
                "--pred", ExampleRun.out("facts.jsonl").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).contains("facts read: " + report.facts().size() + " (" + (report.facts().size() - report.claims())
                + " negated or hypothetical, not scored), entities read: " + report.entities().size());
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Neo4jTarget reopen() {
        return Neo4jTarget.embedded(EmbeddedSettings.loopback(ExampleRun.DATA, 0, 0));
    }

    private static List<Record> query(Neo4jTarget db, String cypher) {
        return db.driver().executableQuery(cypher).withConfig(QueryConfig.builder().withDatabase(db.database()).build())
                .execute().records();
    }

    private static long count(Neo4jTarget db, String cypher) {
        return query(db, cypher).get(0).get(0).asLong();
    }

    private static Set<String> ids(Neo4jTarget db, String cypher) {
        Set<String> ids = new HashSet<>();
        for (Record r : query(db, cypher)) {
            assertThat(ids.add(r.get("id").asString())).as("id %s once", r.get("id")).isTrue();
        }
        return ids;
    }
}
