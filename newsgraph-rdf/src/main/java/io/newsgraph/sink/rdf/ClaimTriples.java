package io.newsgraph.sink.rdf;

import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Stance;
import io.newsgraph.claims.Statement;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

import java.util.LinkedHashSet;
import java.util.Set;

import static io.newsgraph.sink.rdf.NgVocab.*;

/**
 * Writes each claim as an {@code ng:Claim} resource in the default graph (claims weigh every
 * article, so they belong to the merged view, not to one article's graph):
 * <pre>
 * data:claim/3f0c... a ng:Claim ;
 *     rdf:subject person:ilse-varga ; rdf:predicate ng:metWith ; rdf:object person:pavel-oskarsson ;
 *     ng:claimStatus ng:statusDisputed ; ng:outlets 2 ; ng:denyingOutlets 1 ;
 *     ng:firstReported "2025-03-02"^^xsd:date ; ng:lastReported "2025-03-09"^^xsd:date ;
 *     ng:supportedBy &lt;evidence&gt; ; ng:deniedBy &lt;evidence&gt; ; ng:entertainedBy &lt;evidence&gt; ;
 *     ng:supportingArticle article:ledger-dinner ; ng:denyingArticle article:daily-denial ;
 *     ng:fact fact:... ; ng:speaker "Tomas Reyes" ; prov:wasAttributedTo person:tomas-reyes .
 * </pre>
 * The evidence IRIs are those of the facts' {@code ng:Evidence} resources, so a query can go from
 * a claim to each sentence, its stance and its speaker. The claim IRI is {@link Claim#id()} under
 * the base, the id Neo4j's :Claim nodes carry.
 */
final class ClaimTriples {
    private final StreamRDF out;
    private final IriMinter iris;

    ClaimTriples(StreamRDF out, IriMinter iris) {
        this.out = out;
        this.iris = iris;
    }

    void write(Claim c) {
        Node claim = uri(iris.claim(c.id()));
        emit(claim, TYPE, CLAIM);
        emit(claim, SUBJECT, endpoint(c.subjectId()));
        emit(claim, PREDICATE, property(c.predicate()));
        emit(claim, OBJECT, endpoint(c.objectId()));
        emit(claim, CLAIM_STATUS, status(c.status()));
        emit(claim, OUTLETS, Literals.integer(c.outlets()));
        emit(claim, DENYING_OUTLETS, Literals.integer(c.denyingOutlets()));
        if (c.firstReported() != null) {
            emit(claim, FIRST_REPORTED, Literals.date(c.firstReported()));
            emit(claim, LAST_REPORTED, Literals.date(c.lastReported()));
        }
        for (String fact : c.factIds()) {
            emit(claim, CLAIM_FACT, uri(iris.fact(fact)));
        }
        for (String article : c.supporting()) {
            emit(claim, SUPPORTING_ARTICLE, uri(iris.article(article)));
        }
        for (String article : c.denying()) {
            emit(claim, DENYING_ARTICLE, uri(iris.article(article)));
        }
        statements(claim, c);
    }

    /** One link per sentence, by stance; the speakers of the supporting and denying ones. */
    private void statements(Node claim, Claim c) {
        Set<Speaker> speakers = new LinkedHashSet<>();
        for (Statement s : c.statements()) {
            Node link = switch (s.stance()) {
                case SUPPORTS -> SUPPORTED_BY;
                case DENIES -> DENIED_BY;
                case HYPOTHETICAL -> ENTERTAINED_BY;
            };
            emit(claim, link, uri(iris.evidence(s.factId(), s.evidence())));
            if (s.speaker() != null && s.stance() != Stance.HYPOTHETICAL) {
                speakers.add(s.speaker());
            }
        }
        for (Speaker sp : speakers) {
            emit(claim, SPEAKER, Literals.string(sp.name()));
            if (sp.named()) {
                emit(claim, WAS_ATTRIBUTED_TO, uri(iris.entity(sp.entityId())));
            }
        }
    }

    /** Claims name their ends as Claims does: an entity id, or "name:" and the name of an unresolved end. */
    private Node endpoint(String id) {
        return id.startsWith("name:") ? uri(iris.mention(id.substring("name:".length()))) : uri(iris.entity(id));
    }

    private void emit(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
