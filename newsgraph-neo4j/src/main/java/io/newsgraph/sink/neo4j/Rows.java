package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Article;
import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.GoldsteinScale;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Participant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Model records as Cypher parameter maps (HashMap: the driver takes nulls, Map.of does not). */
final class Rows {
    private Rows() {
    }

    static Map<String, Object> article(Article a) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("published", a.published());
        m.put("url", a.url());
        m.put("author", a.author());
        m.put("path", a.path());
        m.put("text", a.text());
        return m;
    }

    /**
     * An entity's mentions are split over its articles (the record has only a total): the
     * shares sum to the total, so the entity's mentions stay exact, and reloading one article
     * replaces only that article's share.
     */
    static Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("type", e.label().label());
        // Labels come only from the enum; the query sets them from this parameter.
        m.put("label", LoaderCypher.label(e.label()));
        m.put("aliases", e.aliases());
        m.put("mentions", e.mentions());
        m.put("typeRule", e.typeRule());
        // Why each alias joined, as three lists of one length (a property cannot hold maps); unset when none.
        m.put("mergedAliases", mergeList(e, AliasMerge::alias));
        m.put("mergeReasons", mergeList(e, AliasMerge::reason));
        m.put("mergedInto", mergeList(e, AliasMerge::to));
        List<String> articles = e.articles().stream().distinct().toList();
        List<Map<String, Object>> shares = new ArrayList<>();
        int n = articles.size();
        for (int i = 0; i < n; i++) {
            int share = e.mentions() / n + (i < e.mentions() % n ? 1 : 0);
            shares.add(Map.of("article", articles.get(i), "mentions", share));
        }
        m.put("shares", shares);
        return m;
    }

    private static List<String> mergeList(Entity e, java.util.function.Function<AliasMerge, String> part) {
        return e.merges().isEmpty() ? null : e.merges().stream().map(part).toList();
    }

    /** The Goldstein weight of the event's CAMEO code, or null (property left unset) when the code is unknown. */
    static Double goldstein(Event e) {
        OptionalDouble w = GoldsteinScale.get().weight(e);
        return w.isPresent() ? w.getAsDouble() : null;
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().name());
        m.put("article", e.article());
        m.put("sentence", e.sentence());
        m.put("date", e.date());
        m.put("place", e.place());
        m.put("cameo", e.cameo());
        m.put("goldstein", goldstein(e));
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Participant p : e.participants()) {
            ps.add(Map.of("role", p.role().name(), "entity", p.entity()));
        }
        m.put("participants", ps);
        return m;
    }

    /**
     * A fact row: its ends, {@code props} (the scalar properties, nulls included so that a
     * reload clears what the fact no longer says) and {@code evidence} (the list properties of
     * {@link EvidenceLists}). The loader keeps the Evidence records beside the row for merging.
     */
    /** A fact without entity ids still needs its ends: the same stable id resolve would give an untyped name. */
    static String subjectId(Fact f) {
        return f.subjectId() != null ? f.subjectId() : Ids.entityId(EntityType.OTHER, f.subject());
    }

    static String objectId(Fact f) {
        return f.objectId() != null ? f.objectId() : Ids.entityId(EntityType.OTHER, f.object());
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", f.id());
        m.put("subject", f.subject());
        m.put("object", f.object());
        m.put("subjectId", subjectId(f));
        m.put("objectId", objectId(f));
        // The relationship type comes only from the enum; the query takes it from this parameter.
        m.put("predicate", f.predicate().name());
        Map<String, Object> props = new HashMap<>();
        props.put("polarity", f.polarity().json());
        props.put("modality", f.modality().json());
        props.put("attributedTo", f.attributedTo());
        props.put("role", f.role());
        props.put("date", f.date());
        props.put("event", f.event());
        m.put("props", props);
        m.put("evidence", EvidenceLists.properties(f.evidence()));
        return m;
    }
}
