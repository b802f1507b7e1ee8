package io.newsgraph.sink.rdf;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each reading keeps its source: ng:attributedTo as written, prov:wasAttributedTo the entity it names. */
class EvidenceAttributionTest {
    private static final IriMinter IRIS = IriMinter.defaults();

    @Test
    void evidenceIsAttributedToTheEntityItsSpeakerNames() {
        String text = "Varga met Oskarsson, City Hall spokesman Tomas Reyes said. Officials said the two met.";
        Article a = new Article("a1", null, "Harbor Ledger", "2025-03-02", null, null, null, text);
        List<Entity> entities = List.of(
                new Entity("person/ilse-varga", "Ilse Varga", EntityType.PERSON, List.of("Varga"), 2, List.of("a1")),
                new Entity("person/pavel-oskarsson", "Pavel Oskarsson", EntityType.PERSON, List.of("Oskarsson"), 1, List.of("a1")),
                new Entity("person/tomas-reyes", "Tomas Reyes", EntityType.PERSON, List.of("Reyes"), 1, List.of("a1")));
        Evidence named = new Evidence("a1", 0, 0, 58, text.substring(0, 58), "verb-frame", 0.8, "City Hall spokesman Tomas Reyes", "2025-03-02");
        Evidence unnamed = new Evidence("a1", 1, 59, text.length(), text.substring(59), "verb-frame", 0.7, "Officials", "2025-03-02");
        Fact f = new Fact("fact/f1", "Ilse Varga", Predicate.MET_WITH, "Pavel Oskarsson", "person/ilse-varga", "person/pavel-oskarsson",
                Polarity.POSITIVE, Modality.REPORTED, "City Hall spokesman Tomas Reyes", null, "2025-03-02", null, List.of(named, unnamed));
        Graph g = new Graph(List.of(a), entities, List.of(f), List.of());
        DatasetGraph dsg = RdfTestSupport.parse(RdfTestSupport.export(g, RdfFormat.TRIG), RdfFormat.TRIG.lang());

        Node first = NodeFactory.createURI(IRIS.evidence(f.id(), named));
        Node second = NodeFactory.createURI(IRIS.evidence(f.id(), unnamed));
        Node reyes = NodeFactory.createURI(IRIS.entity("person/tomas-reyes"));
        Node dg = Quad.defaultGraphIRI;
        assertThat(dsg.contains(dg, first, NgVocab.WAS_ATTRIBUTED_TO, reyes)).isTrue();
        assertThat(dsg.contains(dg, first, NgVocab.ATTRIBUTED_TO, NodeFactory.createLiteralString("City Hall spokesman Tomas Reyes"))).isTrue();
        assertThat(dsg.contains(dg, second, NgVocab.ATTRIBUTED_TO, NodeFactory.createLiteralString("Officials"))).isTrue();
        assertThat(dsg.find(dg, second, NgVocab.WAS_ATTRIBUTED_TO, Node.ANY).hasNext()).isFalse();
        assertThat(RdfValidator.standard().validate(dsg).violations()).isEmpty();
    }
}
