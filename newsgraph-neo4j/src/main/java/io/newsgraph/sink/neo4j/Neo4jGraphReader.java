package io.newsgraph.sink.neo4j;

import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Participant;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.Role;
import io.newsgraph.model.stream.GraphSink;
import io.newsgraph.model.stream.GraphSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the graph in Neo4j back out as model records, in the GraphSink order (articles,
 * entities, events, facts), so RDF export and the map can read {@code --from neo4j}. Results
 * are pulled from the server in fetch-size pages as the sink consumes them, so client memory
 * stays flat. Anything an analyst added in Browser in the newsgraph shape comes out too: a node
 * with a type label but no id gets the id newsgraph would give it, a core-predicate relationship
 * without evidence gets one "manual" evidence. What cannot be a record is counted as skipped.
 */
public final class Neo4jGraphReader implements GraphSource {
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jGraphReader.class);
    private static final String ENTITY_LABELS = "Entity|Person|Organization|Location|Product|NamedEvent|Other";

    private final Driver driver;
    private final String database;

    /** What came out, and what could not be turned into a record. */
    public record ReadCounts(long articles, long entities, long events, long facts, long skipped) {
    }

    public Neo4jGraphReader(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    public static Neo4jGraphReader from(Neo4jTarget target) {
        return new Neo4jGraphReader(target.driver(), target.database());
    }

    @Override
    public void into(GraphSink sink) {
        read(sink);
    }

    /** Streams the whole graph into the sink, in the documented order; returns what was read. */
    public ReadCounts read(GraphSink sink) {
        long[] n = new long[5];
        sink.start();
        try (Session session = driver.session(SessionConfig.builder().withDatabase(database).withFetchSize(2000).build())) {
            session.executeRead(tx -> {
                stream(tx.run("""
                        MATCH (a:Article) WHERE a.id IS NOT NULL
                        WITH a ORDER BY a.id
                        RETURN a.id AS id, a.title AS title, a.source AS source, a.published AS published,
                               a.url AS url, a.author AS author, a.path AS path, a.text AS text
                        """), r -> sink.article(article(r)), n, 0);
                stream(tx.run("""
                        MATCH (n:%s) WHERE n.name IS NOT NULL
                        WITH n ORDER BY n.id
                        RETURN n.id AS id, n.name AS name, n.type AS type, labels(n) AS labels, n.aliases AS aliases,
                               n.mentions AS mentions, [(a:Article)-[:MENTIONS]->(n) | a.id] AS articles,
                               n.typeRule AS typeRule, n.mergedAliases AS mergedAliases, n.mergeReasons AS mergeReasons,
                               n.mergedInto AS mergedInto
""".formatted(ENTITY_LABELS)), r -> sink.entity(entity(r)), n, 1);
                stream(tx.run("""
                        MATCH (ev:Event) WHERE ev.id IS NOT NULL
                        WITH ev ORDER BY ev.id
                        CALL (ev) {
                          OPTIONAL MATCH (ev)-[:REPORTED_IN]->(a:Article)
                          RETURN head(collect(a.id)) AS reportedIn
                        }
                        CALL (ev) {
                          OPTIONAL MATCH (ev)-[r:AGENT|RECIPIENT|TOPIC|PLACE]->(e) WHERE e.name IS NOT NULL
                          RETURN collect(CASE WHEN r IS NULL THEN null ELSE {role: type(r), position: r.position, id: e.id,
                                 name: e.name, type: e.type, labels: labels(e)} END) AS participants
                        }
                        RETURN ev.id AS id, ev.type AS type, ev.sentence AS sentence, ev.date AS date, ev.place AS place, ev.cameo AS cameo,
                               coalesce(ev.article, reportedIn) AS article, participants
                        """), r -> sink.event(event(r)), n, 2);
                stream(tx.run("""
                        MATCH (s)-[r:%s]->(o)
                        WHERE s.name IS NOT NULL AND o.name IS NOT NULL
                        WITH s, r, o ORDER BY r.factId
                        RETURN type(r) AS predicate, elementId(r) AS elementId, properties(r) AS p,
                               s.id AS sid, s.name AS sname, s.type AS stype, labels(s) AS slabels,
                               o.id AS oid, o.name AS oname, o.type AS otype, labels(o) AS olabels"""
                        .formatted(Neo4jSchema.allPredicates())), r -> sink.fact(fact(r)), n, 3);
                return null;
            });
        }
        sink.finish();
        return new ReadCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    private static void stream(Result result, Consumer<Record> each, long[] counts, int slot) {
        while (result.hasNext()) {
            Record r = result.next();
            try {
                each.accept(r);
                counts[slot]++;
            } catch (RuntimeException e) {
                counts[4]++;
                LOG.warn("skipped a record that does not fit the newsgraph model: {}", e.getMessage());
            }
        }
    }

    static Article article(Record r) {
        String text = str(r.get("text"));
        return new Article(str(r.get("id")), str(r.get("title")), str(r.get("source")), str(r.get("published")),
                str(r.get("url")), str(r.get("author")), str(r.get("path")), text == null ? "" : text);
    }

    static Entity entity(Record r) {
        EntityType type = type(str(r.get("type")), r.get("labels"));
        String name = str(r.get("name"));
        String id = str(r.get("id"));
        List<String> articles = new ArrayList<>(strings(r.get("articles")));
        articles.sort(Comparator.naturalOrder());
        return new Entity(id != null ? id : Ids.entityId(type, name), name, type, strings(r.get("aliases")),
                r.get("mentions").isNull() ? 0 : r.get("mentions").asInt(), articles, merges(r), str(r.get("typeRule")));
    }

    /** The merge reasons from their three parallel lists, by alias (an incremental load appends); a list cut short ends them. */
    static List<AliasMerge> merges(Record r) {
        List<String> aliases = strings(r.get("mergedAliases"));
        List<String> reasons = strings(r.get("mergeReasons"));
        List<String> targets = strings(r.get("mergedInto"));
        List<AliasMerge> out = new ArrayList<>();
        for (int i = 0; i < Math.min(aliases.size(), Math.min(reasons.size(), targets.size())); i++) {
            out.add(new AliasMerge(aliases.get(i), reasons.get(i), targets.get(i)));
        }
        out.sort(Comparator.comparing(AliasMerge::alias));
        return out;
    }

    private static Event event(Record r) {
        List<Value> ps = new ArrayList<>(r.get("participants").asList(v -> v));
        ps.sort(Comparator.comparingLong(v -> v.get("position").isNull() ? Long.MAX_VALUE : v.get("position").asLong()));
        List<Participant> participants = new ArrayList<>();
        for (Value p : ps) {
            String id = str(p.get("id"));
            String entity = id != null ? id : Ids.entityId(type(str(p.get("type")), p.get("labels")), str(p.get("name")));
            participants.add(new Participant(Role.parse(p.get("role").asString()), entity));
        }
        Value sentence = r.get("sentence");
        return new Event(str(r.get("id")), Predicate.parse(str(r.get("type"))), str(r.get("article")),
                sentence.isNull() ? 0 : sentence.asInt(), participants, str(r.get("date")), str(r.get("place")),
                str(r.get("cameo")));
    }

    static Fact fact(Record r) {
        Value p = r.get("p");
        String sid = str(r.get("sid"));
        String oid = str(r.get("oid"));
        String sname = str(r.get("sname"));
        String oname = str(r.get("oname"));
        if (sid == null) {
            sid = Ids.entityId(type(str(r.get("stype")), r.get("slabels")), sname);
        }
        if (oid == null) {
            oid = Ids.entityId(type(str(r.get("otype")), r.get("olabels")), oname);
        }
        String id = str(p.get("factId"));
        if (id == null) {
            id = "fact/neo4j-" + Integer.toHexString(r.get("elementId").asString().hashCode());
        }
        return new Fact(id, sname, Predicate.valueOf(r.get("predicate").asString()), oname, sid, oid,
                Polarity.parse(str(p.get("polarity"))), Modality.parse(str(p.get("modality"))),
                str(p.get("attributedTo")), str(p.get("event")), str(p.get("date")), str(p.get("role")), evidence(p));
    }

    /** The parallel evidence lists back as records; a hand-made relationship without them gets one "manual" evidence. */
    private static List<Evidence> evidence(Value p) {
        List<Evidence> out = EvidenceLists.read(p);
        if (out.isEmpty()) {
            double c = p.get("confidence").isNull() ? 1.0 : p.get("confidence").asDouble();
            return List.of(new Evidence("", 0, 0, 0, "", "manual", Math.max(0, Math.min(1, c))));
        }
        return out;
    }

    private static EntityType type(String type, Value labels) {
        if (type != null) {
            return EntityType.fromLabel(type);
        }
        for (String label : strings(labels)) {
            switch (label) {
                case "Person", "Organization", "Location", "Product", "Other" -> {
                    return EntityType.fromLabel(label);
                }
                case "NamedEvent" -> {
                    return EntityType.EVENT;
                }
                default -> {
                }
            }
        }
        return EntityType.OTHER;
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asObject().toString();
    }

    private static List<String> strings(Value v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.type().name().startsWith("LIST")) {
            return List.of(str(v));
        }
        return v.asList(Neo4jGraphReader::str);
    }
}
