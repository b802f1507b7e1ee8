package io.newsgraph.sink.rdf;

import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports a tiny graph in every format and compares what parses back with an expected dataset
 * written by hand in TriG, so that the sink is checked against an independent statement of the
 * modelling (IRIs, percent-encoding, typed literals, named graphs), not against itself.
 */
class ExpectedModelTest {
    static final String HOSTILE = "Corp \"X\" <b>&amp;</b> `{y}` 🚀 עברית";

    static Graph tiny() {
        Article article = new Article("t1", "Test title", "Test Wire", "2025-05", null, null, null,
                "Ada Quill met the corp. Officials said she made no threats.");
        Entity ada = new Entity("person/ada-quill", "Ada Quill", EntityType.PERSON, List.of("Quill"), 2, List.of("t1"),
                List.of(new AliasMerge("Quill", "short name", "Ada Quill")), "apposition");
        Entity corp = new Entity("organization/Corp \"X\" <y>", HOSTILE, EntityType.ORGANIZATION, List.of(), 0, List.of("t1"));
        Event meeting = new Event("event/t1-0-met-with", Predicate.MET_WITH, "t1", 0,
                List.of(new Participant(Role.AGENT, ada.id()), new Participant(Role.RECIPIENT, corp.id())), "2025-05-02", null, "043");
        Fact met = new Fact("fact/t1-0-met-with", "Ada Quill", Predicate.MET_WITH, HOSTILE, ada.id(), corp.id(),
                Polarity.POSITIVE, Modality.ASSERTED, null, meeting.id(), "2025-05-02", null,
                List.of(new Evidence("t1", 0, 0, 23, "Ada Quill met the corp.", "verb-frame", 0.9, null, null,
                        "verb-frame/subj-verb-obj")));
        Fact threat = new Fact("fact/t1-1-threatened", "Ada Quill", Predicate.THREATENED, "Mr. Nobody", ada.id(), null,
                Polarity.NEGATIVE, Modality.REPORTED, "Officials", null, "sometime", "topic",
                List.of(new Evidence("t1", 1, 24, 59, "Officials said she made no threats.", "verb-frame", 0.55)));
        return new Graph(List.of(article), List.of(ada, corp), List.of(met, threat), List.of(meeting));
    }

    static final String PREFIXES = """
            BASE <https://w3id.org/newsgraph/data/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final String ARTICLE = """
            <article/t1> a ng:Article ; ng:title "Test title" ; ng:source "Test Wire" ;
                ng:published "2025-05"^^xsd:gYearMonth .
            """;

    static final String ENTITY_NAMES = """
            <person/ada-quill> a ng:Person ; rdfs:label "Ada Quill" .
            <organization/Corp%20%22X%22%20%3Cy%3E> a ng:Organization ;
                rdfs:label '''Corp "X" <b>&amp;</b> `{y}` 🚀 עברית''' .
            """;

    /** What the article states: the event, the claim as a plain triple, both facts with evidence. */
    static final String STATEMENTS = """
            <event/t1-0-met-with> a ng:Event ; ng:eventType ng:metWith ;
                ng:agent <person/ada-quill> ; ng:recipient <organization/Corp%20%22X%22%20%3Cy%3E> ;
                ng:date "2025-05-02"^^xsd:date ; ng:cameoCode "043" ; ng:goldstein 2.8 ; ng:sentence 0 ;
                prov:wasDerivedFrom <article/t1> .

            <person/ada-quill> ng:metWith <organization/Corp%20%22X%22%20%3Cy%3E> .

            <fact/t1-0-met-with> a ng:Fact ;
                rdf:subject <person/ada-quill> ; rdf:predicate ng:metWith ;
                rdf:object <organization/Corp%20%22X%22%20%3Cy%3E> ;
                ng:subjectName "Ada Quill" ; ng:objectName '''Corp "X" <b>&amp;</b> `{y}` 🚀 עברית''' ;
                ng:polarity ng:positive ; ng:modality ng:asserted ; ng:isClaim true ; ng:confidence 0.9 ;
                ng:date "2025-05-02"^^xsd:date ; ng:event <event/t1-0-met-with> ;
                prov:wasDerivedFrom <article/t1> ;
                prov:qualifiedDerivation <fact/t1-0-met-with#evidence/t1/0/0-23/verb-frame> .
            <fact/t1-0-met-with#evidence/t1/0/0-23/verb-frame> a ng:Evidence ;
                prov:entity <article/t1> ; prov:value "Ada Quill met the corp." ;
                ng:sentence 0 ; ng:startOffset 0 ; ng:endOffset 23 ; ng:extractor "verb-frame" ;
                ng:rule "verb-frame/subj-verb-obj" ; ng:confidence 0.9 .

            <mention/Mr.%20Nobody> a ng:Entity ; rdfs:label "Mr. Nobody" .
            <fact/t1-1-threatened> a ng:Fact ;
                rdf:subject <person/ada-quill> ; rdf:predicate ng:threatened ; rdf:object <mention/Mr.%20Nobody> ;
                ng:subjectName "Ada Quill" ; ng:objectName "Mr. Nobody" ;
                ng:polarity ng:negative ; ng:modality ng:reported ; ng:isClaim false ; ng:confidence 0.55 ;
                ng:attributedTo "Officials" ; ng:role "topic" ; ng:date "sometime" ;
                prov:wasDerivedFrom <article/t1> ;
                prov:qualifiedDerivation <fact/t1-1-threatened#evidence/t1/1/24-59/verb-frame> .
            <fact/t1-1-threatened#evidence/t1/1/24-59/verb-frame> a ng:Evidence ;
                prov:entity <article/t1> ; prov:value "Officials said she made no threats." ;
                ng:sentence 1 ; ng:startOffset 24 ; ng:endOffset 59 ; ng:extractor "verb-frame" ; ng:confidence 0.55 .
            """;

    /** Only in datasets: the link from the article to its named graph. */
    static final String GRAPH_LINK = """
            <article/t1> ng:namedGraph <graph/t1> .
            """;

    static final String ENTITY_DETAILS = """
            <person/ada-quill> ng:alias "Quill" ; ng:mentions 2 ; ng:mentionedIn <article/t1> ;
                ng:typeRule "apposition" ; ng:aliasMerge <person/ada-quill#merge/Quill> .
            <person/ada-quill#merge/Quill> a ng:AliasMerge ; ng:mergedAlias "Quill" ; ng:mergeReason "short name" ;
                ng:mergedInto "Ada Quill" .
            <organization/Corp%20%22X%22%20%3Cy%3E> ng:mentionedIn <article/t1> .
            """;

    static DatasetGraph expectedDataset() {
        return RdfTestSupport.parseTrig(PREFIXES + ARTICLE + ENTITY_NAMES + STATEMENTS + ENTITY_DETAILS + GRAPH_LINK
                + "GRAPH <graph/t1> {\n" + ARTICLE + ENTITY_NAMES + STATEMENTS + "}\n");
    }

    static DatasetGraph expectedGraph() {
        return RdfTestSupport.parseTrig(PREFIXES + ARTICLE + ENTITY_NAMES + STATEMENTS + ENTITY_DETAILS);
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void exportParsesBackToTheExpectedModel(RdfFormat format) {
        DatasetGraph expected = format.namedGraphs() ? expectedDataset() : expectedGraph();
        DatasetGraph actual = RdfTestSupport.parse(RdfTestSupport.export(tiny(), format), format.lang());
        if (format.namedGraphs()) {
            assertThat(IsoMatcher.isomorphic(expected, actual))
                    .as("%s dataset differs from the expected one; got:%n%s", format, trig(actual)).isTrue();
        } else {
            assertThat(actual.listGraphNodes().hasNext()).as("%s has no named graphs", format).isFalse();
            assertThat(IsoMatcher.isomorphic(expected.getDefaultGraph(), actual.getDefaultGraph()))
                    .as("%s graph differs from the expected default graph; got:%n%s", format, trig(actual)).isTrue();
        }
    }

    private static String trig(DatasetGraph dsg) {
        return RDFWriter.source(dsg).lang(Lang.TRIG).asString();
    }
}
