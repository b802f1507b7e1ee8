package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.newsgraph.sink.rdf.RdfTestSupport.export;
import static io.newsgraph.sink.rdf.RdfTestSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

class RdfValidatorTest {
    private static final RdfValidator VALIDATOR = RdfValidator.standard();
    private static final IriMinter IRIS = IriMinter.defaults();

    private static DatasetGraph exported(RdfFormat format) {
        return parse(export(TestGraphs.small(), format), format.lang());
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void everythingExportWritesConforms(RdfFormat format) {
        RdfValidator.Result result = VALIDATOR.validate(exported(format));
        assertThat(result.violations()).isEmpty();
        assertThat(result.graphs()).isEqualTo(format.namedGraphs() ? 3 : 1);
        assertThat(result.triples()).isGreaterThan(200);
    }

    @Test
    void theTinyGraphConformsToo() {
        assertThat(VALIDATOR.validate(parse(export(ExpectedModelTest.tiny(), RdfFormat.TRIG), RdfFormat.TRIG.lang()))
                .violations()).isEmpty();
    }

    @Test
    void aCameoCodeThatIsNotTwoToFourDigitsIsReported() {
        DatasetGraph dsg = parse(export(ExpectedModelTest.tiny(), RdfFormat.TURTLE), RdfFormat.TURTLE.lang());
        Node meeting = NodeFactory.createURI(IRIS.event("event/t1-0-met-with"));
        Node code = NodeFactory.createLiteralString("04x");
        dsg.getDefaultGraph().delete(Triple.create(meeting, NgVocab.CAMEO_CODE, NodeFactory.createLiteralString("043")));
        dsg.getDefaultGraph().add(Triple.create(meeting, NgVocab.CAMEO_CODE, code));
        RdfValidator.Result result = VALIDATOR.validate(dsg);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ng:cameoCode");
            assertThat(v.message()).contains("CAMEO code");
        });
    }

    @Test
    void anAliasMergeWithoutItsReasonIsReported() {
        DatasetGraph dsg = parse(export(ExpectedModelTest.tiny(), RdfFormat.TURTLE), RdfFormat.TURTLE.lang());
        Node merge = NodeFactory.createURI(IRIS.aliasMerge("person/ada-quill", "Quill"));
        assertThat(dsg.getDefaultGraph().contains(merge, NgVocab.MERGE_REASON, NodeFactory.createLiteralString("short name"))).isTrue();
        dsg.getDefaultGraph().delete(Triple.create(merge, NgVocab.MERGE_REASON, NodeFactory.createLiteralString("short name")));
        RdfValidator.Result result = VALIDATOR.validate(dsg);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ng:mergeReason");
            assertThat(v.message()).contains("exactly one reason");
        });
    }

    @Test
    void aNegatedFactWrittenAsAPlainTripleIsReported() {
        DatasetGraph dsg = exported(RdfFormat.TURTLE);
        Node tom = NodeFactory.createURI(IRIS.entity("person/tom-o-neil"));
        Node riverton = NodeFactory.createURI(IRIS.entity("location/riverton"));
        dsg.getDefaultGraph().add(Triple.create(tom, NgVocab.property(io.newsgraph.model.Predicate.COMMUNICATED_WITH), riverton));
        RdfValidator.Result result = VALIDATOR.validate(dsg);
        assertThat(result.conforms()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.focus()).isEqualTo("person:tom-o-neil");
            assertThat(v.path()).isEqualTo("ng:communicatedWith");
            assertThat(v.value()).isEqualTo("location:riverton");
            assertThat(v.message()).contains("not backed by any claim");
            assertThat(v.toString()).contains("person:tom-o-neil", "ng:communicatedWith", "not backed by any claim");
        });
    }

    @Test
    void aClaimWithoutItsPlainTripleIsReported() {
        DatasetGraph dsg = exported(RdfFormat.TURTLE);
        Node maria = NodeFactory.createURI(IRIS.entity("person/maria-lindqvist"));
        Node nordlys = NodeFactory.createURI(IRIS.entity("organization/nordlys-energy"));
        dsg.getDefaultGraph().delete(Triple.create(maria, NgVocab.property(io.newsgraph.model.Predicate.LEADS), nordlys));
        assertThat(VALIDATOR.validate(dsg).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("must also be written as a plain triple"));
    }

    @Test
    void aClaimMarkThatContradictsPolarityOrModalityIsReported() {
        DatasetGraph dsg = exported(RdfFormat.TURTLE);
        // The hypothetical acquisition marked as a claim (its plain triple added so only the mark is wrong).
        Node fact = NodeFactory.createURI(IRIS.fact("fact/fx-001-0-owns"));
        dsg.getDefaultGraph().remove(fact, NgVocab.IS_CLAIM, Node.ANY);
        dsg.getDefaultGraph().add(Triple.create(fact, NgVocab.IS_CLAIM, Literals.bool(true)));
        dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI(IRIS.entity("organization/nordlys-energy")),
                NgVocab.property(io.newsgraph.model.Predicate.OWNS), NodeFactory.createURI(IRIS.entity("organization/kalev-power"))));
        assertThat(VALIDATOR.validate(dsg).violations()).singleElement().satisfies(v -> {
            assertThat(v.focus()).isEqualTo("fact:fx-001-0-owns");
            assertThat(v.message()).isEqualTo("ng:isClaim must be true exactly when the fact is positive and not hypothetical");
        });
        // And a positive asserted fact marked as no claim.
        DatasetGraph other = exported(RdfFormat.TURTLE);
        Node leads = NodeFactory.createURI(IRIS.fact("fact/fx-001-1-leads"));
        other.getDefaultGraph().remove(leads, NgVocab.IS_CLAIM, Node.ANY);
        other.getDefaultGraph().add(Triple.create(leads, NgVocab.IS_CLAIM, Literals.bool(false)));
        assertThat(VALIDATOR.validate(other).violations()).extracting(RdfValidator.Violation::message)
                .contains("ng:isClaim must be true exactly when the fact is positive and not hypothetical");
    }

    @Test
    void brokenFactsAreReportedInPlainWords() {
        DatasetGraph dsg = exported(RdfFormat.TRIG);
        Node fact = NodeFactory.createURI(IRIS.fact("fact/fx-001-1-leads"));
        Node graph = NodeFactory.createURI(IRIS.graph("fx-001"));
        // Remove the evidence and the polarity, mark it wrongly, and give it a confidence out of range.
        dsg.deleteAny(graph, fact, NgVocab.QUALIFIED_DERIVATION, Node.ANY);
        dsg.deleteAny(graph, fact, NgVocab.POLARITY, Node.ANY);
        dsg.deleteAny(graph, fact, NgVocab.CONFIDENCE, Node.ANY);
        dsg.add(graph, fact, NgVocab.CONFIDENCE, Literals.decimal(1.5));
        RdfValidator.Result result = VALIDATOR.validate(dsg);
        assertThat(result.violations()).allSatisfy(v -> {
            assertThat(v.graph()).isEqualTo("graph:fx-001");
            assertThat(v.focus()).isEqualTo("fact:fx-001-1-leads");
        });
        assertThat(result.violations()).extracting(RdfValidator.Violation::path)
                .contains("prov:qualifiedDerivation", "ng:polarity", "ng:confidence");
        assertThat(result.violations()).extracting(RdfValidator.Violation::message)
                .anyMatch(m -> m.contains("at least one piece of evidence"))
                .anyMatch(m -> m.contains("exactly one polarity"))
                .anyMatch(m -> m.contains("confidence, a decimal from 0 to 1"));
    }

    @Test
    void evidenceWithOffsetsTheWrongWayRoundIsReported() {
        DatasetGraph dsg = exported(RdfFormat.TURTLE);
        var ev = dsg.getDefaultGraph().find(Node.ANY, NgVocab.TYPE, NgVocab.EVIDENCE).next().getSubject();
        dsg.getDefaultGraph().remove(ev, NgVocab.START_OFFSET, Node.ANY);
        dsg.getDefaultGraph().add(Triple.create(ev, NgVocab.START_OFFSET, Literals.integer(100_000)));
        assertThat(VALIDATOR.validate(dsg).violations()).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("ng:startOffset"));
    }
}
