package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Claims;
import io.newsgraph.claims.Stance;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims in RDF, on the invented multi-outlet corpus (src/test/resources/claims, as extracted
 * into corpus-graph.jsonl): one ng:Claim per claim of {@link Claims#of}, with the same status,
 * counts, dates and sentences, conforming to the shapes; and the shapes catch a status that does
 * not follow from the counts.
 */
class ClaimTriplesTest {
    private static final IriMinter IRIS = IriMinter.defaults();
    private static final Graph CORPUS = TestGraphs.fromResource("/claims/corpus-graph.jsonl");
    private static final RdfValidator VALIDATOR = RdfValidator.standard();

    static DatasetGraph exportWithClaims(Graph graph, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportStats stats = RdfExport.write(sink -> GraphSink.replay(graph, sink), format, IRIS, out, true);
        assertThat(stats.claims()).isEqualTo(Claims.of(graph).size());
        return RdfTestSupport.parse(out.toByteArray(), format.lang());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        return dsg.getDefaultGraph().find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        List<Node> all = objects(dsg, s, p);
        assertThat(all).as("%s %s", s, p).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "TRIG", "NTRIPLES", "NQUADS", "JSONLD", "RDFXML"})
    void theExportWithClaimsConformsToTheShapes(RdfFormat format) {
        RdfValidator.Result result = VALIDATOR.validate(exportWithClaims(CORPUS, format));
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void everyClaimIsAnNgClaimWithItsStatusCountsDatesAndSentences() {
        DatasetGraph dsg = exportWithClaims(CORPUS, RdfFormat.TRIG);
        List<Claim> claims = Claims.of(CORPUS);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(7);
        assertThat(dsg.getDefaultGraph().find(Node.ANY, NgVocab.TYPE, NgVocab.CLAIM).toList()).hasSize(claims.size());
        for (Claim c : claims) {
            Node claim = uri(IRIS.claim(c.id()));
            assertThat(one(dsg, claim, NgVocab.PREDICATE)).isEqualTo(NgVocab.property(c.predicate()));
            assertThat(one(dsg, claim, NgVocab.CLAIM_STATUS)).as(c.toString()).isEqualTo(NgVocab.status(c.status()));
            assertThat(one(dsg, claim, NgVocab.OUTLETS).getLiteralValue()).isEqualTo(c.outlets());
            assertThat(one(dsg, claim, NgVocab.DENYING_OUTLETS).getLiteralValue()).isEqualTo(c.denyingOutlets());
            if (c.firstReported() != null) {
                assertThat(one(dsg, claim, NgVocab.FIRST_REPORTED).getLiteralLexicalForm()).isEqualTo(c.firstReported());
                assertThat(one(dsg, claim, NgVocab.LAST_REPORTED).getLiteralLexicalForm()).isEqualTo(c.lastReported());
            }
            long denials = c.statements().stream().filter(s -> s.stance() == Stance.DENIES).count();
            assertThat(objects(dsg, claim, NgVocab.DENIED_BY)).hasSize((int) denials);
            assertThat(objects(dsg, claim, NgVocab.SUPPORTING_ARTICLE)).hasSize(c.supporting().size());
            for (Node evidence : objects(dsg, claim, NgVocab.SUPPORTED_BY)) {
                // The link leads to a sentence the fact resources carry, not to a new node.
                assertThat(one(dsg, evidence, NgVocab.TYPE)).isEqualTo(NgVocab.EVIDENCE);
            }
            // Claims weigh articles against each other: they are in the merged view only.
            dsg.listGraphNodes().forEachRemaining(g ->
                    assertThat(dsg.getGraph(g).find(claim, Node.ANY, Node.ANY).hasNext()).as("claim in %s", g).isFalse());
        }
    }

    @Test
    void theDeniedDinnerNamesItsDenierAndCountsTheWireStoryOnce() {
        DatasetGraph dsg = exportWithClaims(CORPUS, RdfFormat.TURTLE);
        Claim met = Claims.of(CORPUS).stream()
                .filter(c -> c.subjectId().equals("person/ilse-varga") && c.objectId().equals("person/pavel-oskarsson")
                        && c.predicate() == io.newsgraph.model.Predicate.MET_WITH)
                .findFirst().orElseThrow();
        Node claim = uri(IRIS.claim(met.id()));
        assertThat(one(dsg, claim, NgVocab.CLAIM_STATUS)).isEqualTo(uri(NgVocab.NS + "statusDisputed"));
        assertThat(one(dsg, claim, NgVocab.OUTLETS).getLiteralValue()).isEqualTo(2);
        assertThat(objects(dsg, claim, NgVocab.SUPPORTING_ARTICLE)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(objects(dsg, claim, NgVocab.WAS_ATTRIBUTED_TO)).contains(uri(IRIS.entity("person/tomas-reyes")));
        assertThat(objects(dsg, claim, NgVocab.DENYING_ARTICLE)).containsExactly(uri(IRIS.article("daily-denial")));
        assertThat(one(dsg, claim, NgVocab.SUBJECT)).isEqualTo(uri(IRIS.entity("person/ilse-varga")));
    }

    @Test
    void aStatusThatDoesNotFollowFromTheCountsIsReported() {
        DatasetGraph dsg = exportWithClaims(CORPUS, RdfFormat.TURTLE);
        Claim corroborated = Claims.of(CORPUS).stream().filter(c -> c.status() == io.newsgraph.claims.ClaimStatus.CORROBORATED)
                .findFirst().orElseThrow();
        Node claim = uri(IRIS.claim(corroborated.id()));
        dsg.getDefaultGraph().delete(Triple.create(claim, NgVocab.OUTLETS, one(dsg, claim, NgVocab.OUTLETS)));
        dsg.getDefaultGraph().add(Triple.create(claim, NgVocab.OUTLETS, Literals.integer(1)));
        RdfValidator.Result result = VALIDATOR.validate(dsg);
        assertThat(result.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("status must follow from its outlets"));
    }

    @Test
    void theInMemoryDatasetCarriesTheSameClaimsAsTheExport() {
        DatasetGraph exported = exportWithClaims(CORPUS, RdfFormat.TRIG);
        DatasetGraph inMemory = RdfExport.toDataset(sink -> GraphSink.replay(CORPUS, sink), IRIS, true);
        assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(exported, inMemory)).isTrue();
        assertThat(inMemory.getDefaultGraph().find(Node.ANY, NgVocab.TYPE, NgVocab.CLAIM).toList()).hasSize(Claims.of(CORPUS).size());
    }

    @Test
    void theStreamingExportWithoutClaimsHasNone() {
        DatasetGraph dsg = RdfTestSupport.parse(RdfTestSupport.export(CORPUS, RdfFormat.TURTLE), Lang.TURTLE);
        assertThat(dsg.getDefaultGraph().find(Node.ANY, NgVocab.TYPE, NgVocab.CLAIM).hasNext()).isFalse();
        assertThat(VALIDATOR.validate(dsg).violations()).isEmpty();
    }
}
