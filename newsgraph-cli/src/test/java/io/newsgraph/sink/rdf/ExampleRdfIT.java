package io.newsgraph.sink.rdf;

import io.newsgraph.ExampleGraph;
import io.newsgraph.ExampleRun;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.sink.neo4j.Neo4jGraphReader;
import io.newsgraph.sink.neo4j.Neo4jLoader;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.TestNeo4j;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RDF of the example articles is the same whichever way the graph reaches the exporter: from
 * Neo4j (what 'export --from neo4j' reads, so Browser edits are exported), from JSON Lines
 * (no database), or from memory (what 'run' writes). And 'export --from neo4j' against the data
 * folder of a real run gives the files that run wrote.
 */
class ExampleRdfIT {
    private static final IriMinter IRIS = IriMinter.defaults();

    private static DatasetGraph fromJsonLines() {
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        DatasetGraph dsg = RdfExport.toDataset(sink -> {
            try (BufferedReader r = new BufferedReader(new StringReader(ExampleGraph.jsonLines()))) {
                JsonLinesReader.stream(r, "examples.jsonl", sink, problems::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, IRIS);
        assertThat(problems).isEmpty();
        return dsg;
    }

    /** For the failure message: quads only one side has (the export mints IRIs, no blank nodes, so sets compare). */
    private static String difference(DatasetGraph a, DatasetGraph b) {
        java.util.Set<org.apache.jena.sparql.core.Quad> onlyA = a.stream().collect(java.util.stream.Collectors.toSet());
        java.util.Set<org.apache.jena.sparql.core.Quad> onlyB = b.stream().collect(java.util.stream.Collectors.toSet());
        java.util.Set<org.apache.jena.sparql.core.Quad> common = new java.util.HashSet<>(onlyA);
        common.retainAll(onlyB);
        onlyA.removeAll(common);
        onlyB.removeAll(common);
        return "\nonly in the first (" + onlyA.size() + "): " + onlyA.stream().limit(8).toList()
                + "\nonly in the second (" + onlyB.size() + "): " + onlyB.stream().limit(8).toList();
    }

    @Test
    void neo4jJsonLinesAndMemoryGiveIsomorphicRdf(@TempDir Path dir) {
        DatasetGraph memory = RdfExport.toDataset(sink -> GraphSink.replay(ExampleGraph.graph(), sink), IRIS);
        DatasetGraph jsonl = fromJsonLines();
        DatasetGraph neo4j;
        try (Neo4jTarget db = TestNeo4j.start(dir.resolve("data"))) {
            Neo4jLoader.load(db, ExampleGraph.graph());
            Neo4jGraphReader.ReadCounts[] counts = new Neo4jGraphReader.ReadCounts[1];
            neo4j = RdfExport.toDataset(sink -> counts[0] = Neo4jGraphReader.from(db).read(sink), IRIS);
            assertThat(counts[0].skipped()).isZero();
            assertThat(counts[0].facts()).isEqualTo(ExampleGraph.graph().facts().size());
            assertThat(counts[0].entities()).isEqualTo(ExampleGraph.graph().entities().size());
        }
        assertThat(memory.getDefaultGraph().size()).isPositive();
        assertThat(Iter.count(memory.listGraphNodes())).isEqualTo(ExampleGraph.articles().size());
        assertThat(IsoMatcher.isomorphic(memory, jsonl)).as(() -> "JSON Lines vs memory" + difference(memory, jsonl)).isTrue();
        assertThat(IsoMatcher.isomorphic(jsonl, neo4j)).as(() -> "Neo4j vs JSON Lines" + difference(jsonl, neo4j)).isTrue();

        RdfValidator shapes = RdfValidator.standard();
        assertThat(shapes.validate(neo4j).violations()).isEmpty();
        assertThat(shapes.validate(jsonl).violations()).isEmpty();
    }

    @Test
    void exportFromTheDatabaseOfARunGivesWhatTheRunWrote(@TempDir Path dir) {
        ExampleRun.Result run = ExampleRun.first();
        assertThat(run.exitCode()).as(run.err()).isZero();
        RdfValidator shapes = RdfValidator.standard();
        for (String name : List.of("graph.trig", "graph.ttl")) {
            Path file = dir.resolve(name);
            ExampleRun.Result export = ExampleRun.execute("export", "--from", "neo4j", "--data", ExampleRun.DATA.toString(),
                    "--bolt-port", "0", "--http-port", "0", "-o", file.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            var facts = io.newsgraph.JsonLinesContract.check(ExampleRun.out("facts.jsonl"), ExampleGraph.articlesById());
            assertThat(export.out()).contains("wrote " + facts.articles().size() + " articles, " + facts.entities().size()
                    + " entities, " + facts.events().size() + " events, " + facts.facts().size() + " facts", file.toString());

            Lang lang = name.endsWith(".trig") ? Lang.TRIG : Lang.TURTLE;
            DatasetGraph exported = RdfValidator.read(file, lang);
            assertThat(shapes.validate(exported).violations()).as(name).isEmpty();
            DatasetGraph written = RdfValidator.read(ExampleRun.out(name), lang);
            assertThat(exported.getDefaultGraph().size()).isEqualTo(written.getDefaultGraph().size());
            assertThat(IsoMatcher.isomorphic(exported, written))
                    .as(() -> "export --from neo4j vs run's " + name + difference(written, exported)).isTrue();
        }
    }
}
