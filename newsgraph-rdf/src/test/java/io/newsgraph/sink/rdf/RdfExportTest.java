package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.newsgraph.sink.rdf.RdfTestSupport.export;
import static io.newsgraph.sink.rdf.RdfTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture graph (negated, hypothetical, reported facts, a hostile name) through every format. */
class RdfExportTest {
    private static final Graph SMALL = TestGraphs.small();
    private static final IriMinter IRIS = IriMinter.defaults();

    private static Node entity(String id) {
        return NodeFactory.createURI(IRIS.entity(id));
    }

    private static DatasetGraph exported(RdfFormat format) {
        return parse(export(SMALL, format), format.lang());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void claimsArePlainTriplesAndNegatedOrHypotheticalFactsNeverAre(RdfFormat format) {
        DatasetGraph dsg = exported(format);
        List<Node> graphs = new ArrayList<>();
        graphs.add(Quad.defaultGraphIRI);
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        assertThat(graphs).hasSize(format.namedGraphs() ? 3 : 1);

        for (Fact f : SMALL.facts()) {
            Node s = entity(f.subjectId());
            Node p = NgVocab.property(f.predicate());
            Node o = entity(f.objectId());
            Node fact = NodeFactory.createURI(IRIS.fact(f.id()));
            Node graph = NodeFactory.createURI(IRIS.graph(f.primary().article()));
            // The statement resource is there for every fact, with its marks, in the merged view and its article's graph.
            for (Node g : format.namedGraphs() ? List.of(Quad.defaultGraphIRI, graph) : List.of(Quad.defaultGraphIRI)) {
                assertThat(dsg.contains(g, fact, NgVocab.TYPE, NgVocab.FACT)).as("%s fact %s in %s", format, f.id(), g).isTrue();
                assertThat(dsg.contains(g, fact, NgVocab.POLARITY, NgVocab.polarity(f.polarity()))).isTrue();
                assertThat(dsg.contains(g, fact, NgVocab.MODALITY, NgVocab.modality(f.modality()))).isTrue();
                assertThat(dsg.contains(g, fact, NgVocab.PREDICATE, p)).isTrue();
            }
            // The plain triple exists exactly when the fact is a claim, in every graph.
            for (Node g : graphs) {
                boolean expected = f.isClaim() && (g.equals(Quad.defaultGraphIRI) || g.equals(graph));
                assertThat(dsg.contains(g, s, p, o)).as("%s: plain triple of %s (%s %s) in %s", format, f.id(),
                        f.polarity(), f.modality(), g).isEqualTo(expected);
            }
        }
    }

    @Test
    void fixtureHasTheHardCases() {
        assertThat(SMALL.facts()).anyMatch(f -> f.modality() == io.newsgraph.model.Modality.HYPOTHETICAL)
                .anyMatch(f -> f.polarity() == io.newsgraph.model.Polarity.NEGATIVE)
                .anyMatch(f -> f.modality() == io.newsgraph.model.Modality.REPORTED);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void hostileNamesSurviveExactly(RdfFormat format) {
        DatasetGraph dsg = exported(format);
        for (var e : SMALL.entities()) {
            Node label = NodeFactory.createLiteralString(e.name());
            assertThat(dsg.getDefaultGraph().contains(entity(e.id()), NgVocab.LABEL, label))
                    .as("%s label of %s", format, e.id()).isTrue();
        }
        for (Fact f : SMALL.facts()) {
            Node ev = NodeFactory.createURI(IRIS.evidence(f.id(), f.primary()));
            assertThat(dsg.getDefaultGraph().contains(ev, NgVocab.PROV_VALUE, NodeFactory.createLiteralString(f.primary().text())))
                    .as("%s sentence of %s", format, f.id()).isTrue();
        }
    }

    @Test
    void everyFormatCarriesTheSameGraph() {
        DatasetGraph trig = exported(RdfFormat.TRIG);
        for (RdfFormat f : RdfFormat.values()) {
            DatasetGraph other = exported(f);
            if (f.namedGraphs()) {
                assertThat(IsoMatcher.isomorphic(trig, other)).as("%s vs TriG", f).isTrue();
            } else {
                // Triple formats hold the merged view: TriG's default graph without the links to named graphs.
                var merged = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                trig.getDefaultGraph().find().filterDrop(t -> t.getPredicate().equals(NgVocab.NAMED_GRAPH))
                        .forEachRemaining(merged::add);
                assertThat(IsoMatcher.isomorphic(merged, other.getDefaultGraph())).as("%s vs TriG default graph", f).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportParseExportIsStable(RdfFormat format) {
        DatasetGraph first = exported(format);
        byte[] again = format.namedGraphs()
                ? RDFWriter.source(first).lang(format.lang()).asString().getBytes(StandardCharsets.UTF_8)
                : RDFWriter.source(first.getDefaultGraph()).lang(format.lang()).asString().getBytes(StandardCharsets.UTF_8);
        assertThat(IsoMatcher.isomorphic(first, parse(again, format.lang()))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportsAreDeterministic(RdfFormat format) {
        assertThat(export(SMALL, format)).isEqualTo(export(SMALL, format));
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "TRIG", "JSONLD", "RDFXML"})
    void exportedFilesDeclareTheirPrefixes(RdfFormat format) {
        String text = new String(export(SMALL, format), StandardCharsets.UTF_8);
        assertThat(text).contains("https://w3id.org/newsgraph/ontology#", "http://www.w3.org/ns/prov#");
        DatasetGraph dsg = parse(export(SMALL, format), format.lang());
        assertThat(dsg.prefixes().get("ng")).isEqualTo(NgVocab.NS);
        if (format == RdfFormat.TURTLE || format == RdfFormat.TRIG) {
            String body = text.lines().filter(l -> !l.startsWith("PREFIX")).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(body).contains("person:tom-o-neil  ng:").contains("ng:metWith")
                    // entity IRIs are prefixed names; an alias merge's IRI (entity#merge/alias), like evidence's, may be written in full
                    .doesNotContain("<https://w3id.org/newsgraph/ontology#metWith>", "<https://w3id.org/newsgraph/data/person/tom-o-neil>",
                            "<https://w3id.org/newsgraph/data/person/maria-lindqvist>");
        }
    }

    @Test
    void namedGraphHoldsOnlyWhatItsArticleStates() {
        DatasetGraph dsg = exported(RdfFormat.TRIG);
        Node g1 = NodeFactory.createURI(IRIS.graph("fx-001"));
        Node g2 = NodeFactory.createURI(IRIS.graph("fx-002"));
        Node fx2fact = NodeFactory.createURI(IRIS.fact("fact/fx-002-0-met-with"));
        assertThat(dsg.getGraph(g2).contains(fx2fact, NgVocab.TYPE, NgVocab.FACT)).isTrue();
        assertThat(dsg.getGraph(g1).contains(fx2fact, Node.ANY, Node.ANY)).isFalse();
        // Entities appear (type and name) in the graphs of the articles that mention them only.
        Node tom = entity("person/tom-o-neil");
        assertThat(dsg.getGraph(g2).contains(tom, NgVocab.LABEL, Node.ANY)).isTrue();
        assertThat(dsg.getGraph(g1).contains(tom, Node.ANY, Node.ANY)).isFalse();
        // Events sit in their article's graph with their roles and date.
        Node meeting = NodeFactory.createURI(IRIS.event("event/fx-002-0-met-with"));
        assertThat(dsg.getGraph(g2).contains(meeting, NgVocab.role(io.newsgraph.model.Role.PLACE), entity("location/riverton"))).isTrue();
        assertThat(dsg.getGraph(g2).contains(meeting, NgVocab.DATE, Node.ANY)).isTrue();
    }

    @Test
    void aFactStatedInTwoArticlesIsSplitByArticleInNamedGraphs() {
        Fact base = SMALL.facts().get(1);
        var second = new io.newsgraph.model.Evidence("fx-002", 5, 300, 340, "Lindqvist runs Nordlys, the paper said.",
                "role-title", 0.6);
        Fact twice = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), base.modality(), null, null, null, null, List.of(base.primary(), second));
        Graph g = new Graph(SMALL.articles(), SMALL.entities(), List.of(twice), List.of());
        DatasetGraph dsg = parse(export(g, RdfFormat.NQUADS), RdfFormat.NQUADS.lang());
        Node fact = NodeFactory.createURI(IRIS.fact(twice.id()));
        Node ev1 = NodeFactory.createURI(IRIS.evidence(twice.id(), base.primary()));
        Node ev2 = NodeFactory.createURI(IRIS.evidence(twice.id(), second));
        Node g1 = NodeFactory.createURI(IRIS.graph("fx-001"));
        Node g2 = NodeFactory.createURI(IRIS.graph("fx-002"));
        assertThat(dsg.getDefaultGraph().find(fact, NgVocab.QUALIFIED_DERIVATION, Node.ANY).toList()).hasSize(2);
        assertThat(dsg.getDefaultGraph().find(fact, NgVocab.CONFIDENCE, Node.ANY).toList())
                .singleElement().satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo("0.9"));
        assertThat(dsg.getGraph(g1).contains(fact, NgVocab.QUALIFIED_DERIVATION, ev1)).isTrue();
        assertThat(dsg.getGraph(g1).contains(fact, NgVocab.QUALIFIED_DERIVATION, ev2)).isFalse();
        assertThat(dsg.getGraph(g2).contains(fact, NgVocab.QUALIFIED_DERIVATION, ev2)).isTrue();
        assertThat(dsg.getGraph(g2).find(fact, NgVocab.CONFIDENCE, Node.ANY).toList())
                .singleElement().satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo("0.6"));
        assertThat(dsg.getGraph(g2).contains(entity(twice.subjectId()), NgVocab.property(twice.predicate()), entity(twice.objectId())))
                .isTrue();
    }

    @Test
    void evidenceOrderDoesNotChangeTheRdf() {
        Fact base = SMALL.facts().get(1);
        var second = new io.newsgraph.model.Evidence("fx-002", 5, 300, 340, "Lindqvist runs Nordlys.", "role-title", 0.6);
        Fact ab = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), base.modality(), null, null, null, null, List.of(base.primary(), second));
        Fact ba = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), base.modality(), null, null, null, null, List.of(second, base.primary()));
        DatasetGraph x = RdfExport.toDataset(s -> io.newsgraph.model.stream.GraphSink.replay(
                new Graph(SMALL.articles(), SMALL.entities(), List.of(ab), List.of()), s), IRIS);
        DatasetGraph y = RdfExport.toDataset(s -> io.newsgraph.model.stream.GraphSink.replay(
                new Graph(SMALL.articles(), SMALL.entities(), List.of(ba), List.of()), s), IRIS);
        assertThat(IsoMatcher.isomorphic(x, y)).isTrue();
    }

    @Test
    void toDatasetEqualsTheTrigExport() {
        DatasetGraph viaApi = RdfExport.toDataset(s -> io.newsgraph.model.stream.GraphSink.replay(SMALL, s), IRIS);
        assertThat(IsoMatcher.isomorphic(viaApi, exported(RdfFormat.TRIG))).isTrue();
    }

    /** The pattern for comparing sources (JSON Lines here; Neo4j after the merge): same dataset from both. */
    @Test
    void streamingTheJsonLinesFileGivesTheSameDatasetAsTheGraphInMemory() throws Exception {
        java.util.List<io.newsgraph.model.jsonl.JsonLinesReader.Problem> problems = new java.util.ArrayList<>();
        DatasetGraph fromFile;
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("newsgraph-core/src/test/resources/fixtures/small-graph.jsonl"))) {
            fromFile = RdfExport.toDataset(sink -> {
                try {
                    io.newsgraph.model.jsonl.JsonLinesReader.stream(reader, "small-graph.jsonl", sink, problems::add);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, IRIS);
        }
        assertThat(problems).isEmpty();
        DatasetGraph fromMemory = RdfExport.toDataset(s -> io.newsgraph.model.stream.GraphSink.replay(SMALL, s), IRIS);
        assertThat(IsoMatcher.isomorphic(fromFile, fromMemory)).isTrue();
        // And the comparison is sharp: one changed mark breaks it.
        Fact f = SMALL.facts().get(1);
        Fact negated = new Fact(f.id(), f.subject(), f.predicate(), f.object(), f.subjectId(), f.objectId(),
                io.newsgraph.model.Polarity.NEGATIVE, f.modality(), f.attributedTo(), f.event(), f.date(), f.role(), f.evidence());
        List<Fact> facts = new ArrayList<>(SMALL.facts());
        facts.set(1, negated);
        DatasetGraph changed = RdfExport.toDataset(s -> io.newsgraph.model.stream.GraphSink.replay(
                new Graph(SMALL.articles(), SMALL.entities(), facts, SMALL.events()), s), IRIS);
        assertThat(IsoMatcher.isomorphic(fromFile, changed)).isFalse();
    }

    @Test
    void baseIriIsConfigurable() {
        IriMinter custom = new IriMinter("http://example.org/news");
        DatasetGraph dsg = parse(export(SMALL, RdfFormat.NTRIPLES, custom), RdfFormat.NTRIPLES.lang());
        assertThat(dsg.getDefaultGraph().contains(NodeFactory.createURI("http://example.org/news/person/tom-o-neil"),
                NgVocab.TYPE, NgVocab.PERSON)).isTrue();
        assertThat(dsg.getDefaultGraph().find().toList())
                .noneMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(IriMinter.DEFAULT_BASE));
    }
}
