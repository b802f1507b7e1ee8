package io.newsgraph.sink.rdf;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped ontology defines, labels and explains every term the export uses. */
class OntologyTest {
    private static final Graph ONTOLOGY = RdfResources.ontology();
    private static final Node LABEL = NgVocab.LABEL;
    private static final Node COMMENT = NodeFactory.createURI(NgVocab.RDFS + "comment");
    private static final Node SUBCLASS = NodeFactory.createURI(NgVocab.RDFS + "subClassOf");

    @Test
    void everyCorePredicateIsAPropertyInLowerCamelCase() {
        assertThat(NgVocab.property(Predicate.WORKS_FOR).getURI()).isEqualTo(NgVocab.NS + "worksFor");
        assertThat(NgVocab.property(Predicate.REQUESTED).getURI()).isEqualTo(NgVocab.NS + "requested");
        for (Predicate p : Predicate.values()) {
            Node prop = NgVocab.property(p);
            assertDocumented(prop);
            assertThat(ONTOLOGY.contains(prop, NgVocab.TYPE, NodeFactory.createURI(NgVocab.OWL + "ObjectProperty"))).as(p.name()).isTrue();
            assertThat(ONTOLOGY.contains(prop, NgVocab.TYPE, NodeFactory.createURI(NgVocab.OWL + "SymmetricProperty")))
                    .as("%s symmetric", p).isEqualTo(p.symmetric());
        }
    }

    @Test
    void everyNgTermTheExportUsesIsDocumented() throws IllegalAccessException {
        Set<Node> used = new HashSet<>();
        for (Field f : NgVocab.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                used.add((Node) f.get(null));
            }
        }
        for (EntityType t : EntityType.values()) {
            used.add(NgVocab.type(t));
        }
        for (Polarity p : Polarity.values()) {
            used.add(NgVocab.polarity(p));
        }
        for (Modality m : Modality.values()) {
            used.add(NgVocab.modality(m));
        }
        for (Role r : Role.values()) {
            used.add(NgVocab.role(r));
        }
        for (io.newsgraph.claims.ClaimStatus c : io.newsgraph.claims.ClaimStatus.values()) {
            used.add(NgVocab.status(c));
        }
        // And everything that actually comes out of an export of the fixture.
        DatasetGraph dsg = ClaimTriplesTest.exportWithClaims(io.newsgraph.TestGraphs.small(), RdfFormat.TRIG);
        ClaimTriplesTest.exportWithClaims(io.newsgraph.TestGraphs.fromResource("/claims/corpus-graph.jsonl"), RdfFormat.TRIG)
                .find().forEachRemaining(dsg::add);
        dsg.find().forEachRemaining(q -> {
            used.add(q.getPredicate());
            if (q.getPredicate().equals(NgVocab.TYPE)) {
                used.add(q.getObject());
            }
        });
        for (Node n : used) {
            if (n.isURI() && n.getURI().startsWith(NgVocab.NS)) {
                assertDocumented(n);
            }
        }
    }

    @Test
    void classesAreAlignedToSchemaOrgAndProv() {
        assertSub(NgVocab.PERSON, "https://schema.org/Person");
        assertSub(NgVocab.ORGANIZATION, "https://schema.org/Organization");
        assertSub(NgVocab.LOCATION, "https://schema.org/Place");
        assertSub(NgVocab.EVENT, "https://schema.org/Event");
        assertSub(NgVocab.ARTICLE, "https://schema.org/NewsArticle");
        assertSub(NgVocab.ARTICLE, NgVocab.PROV + "Entity");
        assertSub(NgVocab.FACT, NgVocab.RDF + "Statement");
        assertSub(NgVocab.EVIDENCE, NgVocab.PROV + "Derivation");
    }

    private static void assertSub(Node cls, String sup) {
        assertThat(ONTOLOGY.contains(cls, SUBCLASS, NodeFactory.createURI(sup))).as("%s subClassOf %s", cls, sup).isTrue();
    }

    private static void assertDocumented(Node term) {
        assertThat(ONTOLOGY.find(term, LABEL, Node.ANY).toList()).as("label of %s", term).isNotEmpty();
        assertThat(ONTOLOGY.find(term, COMMENT, Node.ANY).toList()).as("comment of %s", term).isNotEmpty();
    }
}
