package io.newsgraph.sink.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.claims.Claim;
import io.newsgraph.claims.Claims;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Stance;
import io.newsgraph.claims.Statement;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of the drawn graph, for the page: each edge learns its claim's status, outlets and
 * who asserts and who denies it, and each of its sentences whether it supports or denies the
 * claim and whose words it reports. Computed over what the map draws (a --focus map weighs the
 * claims by the articles it shows).
 */
final class MapClaims {
    private final Map<String, Claim> byFact = new HashMap<>();
    private final Map<String, Statement> byEvidence = new HashMap<>();

    private MapClaims() {
    }

    static MapClaims of(MapGraph graph) {
        List<Entity> entities = new ArrayList<>();
        for (MapNode n : graph.nodes()) {
            entities.add(new Entity(n.id(), n.name(), n.type(), n.aliases(), n.mentions(), n.articles()));
        }
        List<Fact> facts = graph.edges().stream().map(MapEdge::fact).toList();
        MapClaims out = new MapClaims();
        for (Claim c : Claims.of(new Graph(graph.articles(), entities, facts, List.of()))) {
            c.factIds().forEach(id -> out.byFact.put(id, c));
            c.statements().forEach(s -> out.byEvidence.put(key(s.factId(), s.evidence()), s));
        }
        return out;
    }

    /** Adds "claim" to the edge and "stance" and "speaker" to each of its evidence objects. */
    void describe(Fact f, ObjectNode edge) {
        Claim c = byFact.get(f.id());
        if (c == null) {
            return;
        }
        ObjectNode claim = edge.putObject("claim");
        claim.put("status", c.status().json());
        claim.put("outlets", c.outlets());
        claim.put("denyingOutlets", c.denyingOutlets());
        names(claim.putArray("assertedBy"), c.speakers(Stance.SUPPORTS));
        names(claim.putArray("deniedBy"), c.speakers(Stance.DENIES));
        claim.put("firstReported", c.firstReported());
        claim.put("lastReported", c.lastReported());
        ArrayNode evidence = (ArrayNode) edge.get("evidence");
        for (int i = 0; i < f.evidence().size() && i < evidence.size(); i++) {
            Statement s = byEvidence.get(key(f.id(), f.evidence().get(i)));
            if (s != null) {
                ObjectNode x = (ObjectNode) evidence.get(i);
                x.put("stance", s.stance().name().toLowerCase(java.util.Locale.ROOT));
                x.put("speaker", s.speaker() == null ? null : s.speaker().name());
            }
        }
    }

    private static void names(ArrayNode array, List<Speaker> speakers) {
        speakers.stream().map(Speaker::name).distinct().forEach(array::add);
    }

    private static String key(String factId, Evidence e) {
        return factId + "|" + e.article() + "|" + e.sentence() + "|" + e.start() + "|" + e.extractor();
    }
}
