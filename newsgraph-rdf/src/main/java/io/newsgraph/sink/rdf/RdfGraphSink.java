package io.newsgraph.sink.rdf;

import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Speakers;
import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.GoldsteinScale;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Role;
import io.newsgraph.model.stream.GraphSink;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.newsgraph.sink.rdf.NgVocab.*;

/**
 * Turns the graph into RDF as it streams past: every record becomes triples at once, because
 * every IRI is derived from an id ({@link IriMinter}). Only entity names are kept (entities
 * stream before facts), to give each evidence whose speaker names an entity its
 * {@code prov:wasAttributedTo}.
 *
 * <p>The default graph holds the merged view: articles, entities, events, the plain triples of
 * claims (positive, not hypothetical) and every fact as an {@code ng:Fact} statement resource with
 * its marks and all of its evidence. With named graphs on (TriG, N-Quads, JSON-LD) each article
 * also gets a graph holding what that article states: its own description, its events, the
 * entities it mentions (type and name), and its facts' plain triples and statement resources
 * with that article's evidence only (and the best confidence among it).
 *
 * <p>Given a source of claims, the sink writes them as {@code ng:Claim} resources into the
 * default graph when the stream finishes ({@link ClaimTriples}): claims are computed over the
 * whole graph, which the source (a {@link io.newsgraph.claims.ClaimsCollector} fed by the same
 * stream) must hold by then.
 */
public final class RdfGraphSink implements GraphSink {
    private final StreamRDF out;
    private final IriMinter iris;
    private final boolean namedGraphs;
    private final Speakers speakers = new Speakers();
    private final Supplier<List<Claim>> claims;

    public RdfGraphSink(StreamRDF out, IriMinter iris, boolean namedGraphs) {
        this(out, iris, namedGraphs, null);
    }

    /** A sink that also writes the claims the supplier gives at finish; null for none. */
    public RdfGraphSink(StreamRDF out, IriMinter iris, boolean namedGraphs, Supplier<List<Claim>> claims) {
        this.out = out;
        this.iris = iris;
        this.namedGraphs = namedGraphs;
        this.claims = claims;
    }

    @Override
    public void start() {
        out.start();
        NgVocab.prefixes().forEach(out::prefix);
        iris.prefixes().forEach(out::prefix);
    }

    @Override
    public void article(Article a) {
        Node article = uri(iris.article(a.id()));
        describeArticle(null, article, a);
        if (namedGraphs) {
            Node graph = uri(iris.graph(a.id()));
            emit(null, article, NAMED_GRAPH, graph);
            describeArticle(graph, article, a);
        }
    }

    private void describeArticle(Node g, Node article, Article a) {
        emit(g, article, TYPE, ARTICLE);
        emitString(g, article, TITLE, a.title());
        emitString(g, article, SOURCE, a.source());
        if (a.published() != null && !a.published().isBlank()) {
            emit(g, article, PUBLISHED, Literals.date(a.published()));
        }
        if (a.url() != null && !a.url().isBlank()) {
            emit(g, article, URL, Literals.anyUri(a.url()));
        }
        emitString(g, article, AUTHOR, a.author());
        emitString(g, article, PATH, a.path());
    }

    @Override
    public void entity(Entity e) {
        speakers.add(e);
        Node entity = uri(iris.entity(e.id()));
        Node type = NgVocab.type(e.label());
        Node name = Literals.string(e.name());
        emit(null, entity, TYPE, type);
        emit(null, entity, LABEL, name);
        for (String alias : e.aliases()) {
            emit(null, entity, ALIAS, Literals.string(alias));
        }
        if (e.mentions() > 0) {
            emit(null, entity, MENTIONS, Literals.integer(e.mentions()));
        }
        emitString(null, entity, NgVocab.TYPE_RULE, e.typeRule());
        for (AliasMerge m : e.merges()) {
            Node merge = uri(iris.aliasMerge(e.id(), m.alias()));
            emit(null, entity, NgVocab.ALIAS_MERGE, merge);
            emit(null, merge, TYPE, NgVocab.ALIAS_MERGE_CLASS);
            emit(null, merge, NgVocab.MERGED_ALIAS, Literals.string(m.alias()));
            emit(null, merge, NgVocab.MERGE_REASON, Literals.string(m.reason()));
            emit(null, merge, NgVocab.MERGED_INTO, Literals.string(m.to()));
        }
        for (String articleId : e.articles()) {
            emit(null, entity, MENTIONED_IN, uri(iris.article(articleId)));
            if (namedGraphs) {
                Node graph = uri(iris.graph(articleId));
                emit(graph, entity, TYPE, type);
                emit(graph, entity, LABEL, name);
            }
        }
    }

    @Override
    public void event(Event ev) {
        Node event = uri(iris.event(ev.id()));
        describeEvent(null, event, ev);
        if (namedGraphs) {
            describeEvent(uri(iris.graph(ev.article())), event, ev);
        }
    }

    private void describeEvent(Node g, Node event, Event ev) {
        emit(g, event, TYPE, EVENT);
        emit(g, event, EVENT_TYPE, property(ev.type()));
        for (Participant p : ev.participants()) {
            emit(g, event, NgVocab.role(p.role()), uri(iris.entity(p.entity())));
        }
        if (ev.place() != null && !ev.place().isBlank()
                && !ev.participants().contains(new Participant(Role.PLACE, ev.place()))) {
            emit(g, event, NgVocab.role(Role.PLACE), uri(iris.entity(ev.place())));
        }
        if (ev.date() != null && !ev.date().isBlank()) {
            emit(g, event, DATE, Literals.date(ev.date()));
        }
        if (ev.cameo() != null) {
            emit(g, event, CAMEO_CODE, Literals.string(ev.cameo()));
        }
        GoldsteinScale.get().weight(ev).ifPresent(w -> emit(g, event, NgVocab.GOLDSTEIN, Literals.decimal(w)));
        emit(g, event, SENTENCE, Literals.integer(ev.sentence()));
        emit(g, event, WAS_DERIVED_FROM, uri(iris.article(ev.article())));
    }

    @Override
    public void fact(Fact f) {
        Node subject = endpoint(f.subjectId(), f.subject());
        Node object = endpoint(f.objectId(), f.object());
        Node predicate = property(f.predicate());
        Node fact = uri(iris.fact(f.id()));

        describeFact(null, fact, f, subject, predicate, object, f.evidence());
        if (!namedGraphs) {
            return;
        }
        // Group the evidence by article, keeping the order; most facts have one evidence.
        Map<String, List<Evidence>> byArticle = new LinkedHashMap<>();
        for (Evidence e : f.evidence()) {
            byArticle.computeIfAbsent(e.article(), k -> new ArrayList<>(1)).add(e);
        }
        for (Map.Entry<String, List<Evidence>> entry : byArticle.entrySet()) {
            describeFact(uri(iris.graph(entry.getKey())), fact, f, subject, predicate, object, entry.getValue());
        }
    }

    private void describeFact(Node g, Node fact, Fact f, Node subject, Node predicate, Node object,
                              List<Evidence> evidence) {
        if (f.isClaim()) {
            emit(g, subject, predicate, object);
        }
        if (f.subjectId() == null) {
            describeMention(g, subject, f.subject());
        }
        if (f.objectId() == null) {
            describeMention(g, object, f.object());
        }
        emit(g, fact, TYPE, FACT);
        emit(g, fact, SUBJECT, subject);
        emit(g, fact, PREDICATE, predicate);
        emit(g, fact, OBJECT, object);
        emit(g, fact, SUBJECT_NAME, Literals.string(f.subject()));
        emit(g, fact, OBJECT_NAME, Literals.string(f.object()));
        emit(g, fact, POLARITY, NgVocab.polarity(f.polarity()));
        emit(g, fact, MODALITY, NgVocab.modality(f.modality()));
        emit(g, fact, IS_CLAIM, Literals.bool(f.isClaim()));
        double best = 0;
        for (Evidence e : evidence) {
            best = Math.max(best, e.confidence());
        }
        emit(g, fact, CONFIDENCE, Literals.decimal(best));
        emitString(g, fact, ATTRIBUTED_TO, f.attributedTo());
        emitString(g, fact, ROLE, f.role());
        if (f.date() != null && !f.date().isBlank()) {
            emit(g, fact, DATE, Literals.date(f.date()));
        }
        if (f.event() != null && !f.event().isBlank()) {
            emit(g, fact, IN_EVENT, uri(iris.event(f.event())));
        }
        String lastArticle = null;
        for (Evidence e : evidence) {
            Node article = uri(iris.article(e.article()));
            if (!e.article().equals(lastArticle)) {
                emit(g, fact, WAS_DERIVED_FROM, article); // repeats collapse: RDF graphs are sets
                lastArticle = e.article();
            }
            Node ev = uri(iris.evidence(f.id(), e));
            emit(g, fact, QUALIFIED_DERIVATION, ev);
            emit(g, ev, TYPE, EVIDENCE);
            emit(g, ev, PROV_ENTITY, article);
            emit(g, ev, PROV_VALUE, Literals.string(e.text()));
            emit(g, ev, SENTENCE, Literals.integer(e.sentence()));
            emit(g, ev, START_OFFSET, Literals.integer(e.start()));
            emit(g, ev, END_OFFSET, Literals.integer(e.end()));
            emit(g, ev, EXTRACTOR, Literals.string(e.extractor()));
            emitString(g, ev, RULE, e.rule());
            emit(g, ev, CONFIDENCE, Literals.decimal(e.confidence()));
            emitString(g, ev, ATTRIBUTED_TO, e.attributedTo());
            Speaker speaker = speakers.resolve(e.attributedTo());
            if (speaker != null && speaker.named()) {
                emit(g, ev, NgVocab.WAS_ATTRIBUTED_TO, uri(iris.entity(speaker.entityId())));
            }
        }
    }

    /** An entity the fact names but does not resolve to an id: typed and labelled where it is used. */
    private void describeMention(Node g, Node mention, String name) {
        emit(g, mention, TYPE, ENTITY);
        emit(g, mention, LABEL, Literals.string(name));
    }

    private Node endpoint(String id, String name) {
        return id == null || id.isBlank() ? uri(iris.mention(name)) : uri(iris.entity(id));
    }

    @Override
    public void finish() {
        if (claims != null) {
            ClaimTriples triples = new ClaimTriples(out, iris);
            claims.get().forEach(triples::write);
        }
        out.finish();
    }

    private void emitString(Node g, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            emit(g, s, p, Literals.string(value));
        }
    }

    private void emit(Node g, Node s, Node p, Node o) {
        if (g == null) {
            out.triple(Triple.create(s, p, o));
        } else {
            out.quad(Quad.create(g, s, p, o));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
