package io.newsgraph.sink.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.model.Article;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.GoldsteinScale;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's data: articles (metadata only, no text), nodes and edges with every evidence
 * sentence, the timeline day of each sentence and the edge's distinct days ({@link MapDates}) and
 * the claim each edge belongs to ({@link MapClaims}), as JSON that is safe to place inside a {@code <script type="application/json">}
 * element.
 */
final class MapJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MapJson() {
    }

    static String of(MapGraph graph, MapOptions options, String focusId) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode meta = root.putObject("meta");
        meta.put("title", options.title());
        meta.put("focus", focusId);
        meta.put("hops", options.hops());
        ObjectNode colors = meta.putObject("colors");
        MapStyle.colors().forEach((type, color) -> colors.put(type.label(), color));
        meta.put("edgeColor", MapStyle.EDGE_COLOR);
        meta.put("negatedColor", MapStyle.NEGATED_COLOR);
        ObjectNode tones = meta.putObject("toneColors");
        MapStyle.TONE_COLORS.forEach((tone, color) -> tones.put(tone.json(), color));
        ObjectNode articles = root.putObject("articles");
        for (Article a : graph.articles()) {
            ObjectNode o = articles.putObject(a.id());
            o.put("title", a.title());
            o.put("source", a.source());
            o.put("published", a.published());
            o.put("url", a.url());
        }
        ArrayNode nodes = root.putArray("nodes");
        for (MapNode n : graph.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("id", n.id());
            o.put("name", n.name());
            o.put("type", n.type().label());
            strings(o.putArray("aliases"), n.aliases());
            ArrayNode merges = o.putArray("merges");
            n.merges().forEach(m -> merges.addObject().put("alias", m.alias()).put("reason", m.reason()).put("to", m.to()));
            o.put("typeRule", n.typeRule());
            o.put("mentions", n.mentions());
            strings(o.putArray("articles"), n.articles());
            o.put("degree", n.degree());
            o.put("implicit", n.implicit());
        }
        meta.put("disputedColor", MapStyle.DISPUTED_COLOR);
        MapClaims claims = MapClaims.of(graph);
        ArrayNode edges = root.putArray("edges");
        Map<String, Article> byId = new HashMap<>();
        graph.articles().forEach(a -> byId.put(a.id(), a));
        for (MapEdge e : graph.edges()) {
            ObjectNode edge = edge(e, byId);
            claims.describe(e.fact(), edge);
            edges.add(edge);
        }
        try {
            return scriptSafe(MAPPER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode edge(MapEdge e, Map<String, Article> articles) {
        Fact f = e.fact();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", f.id());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("subject", f.subject());
        o.put("object", f.object());
        o.put("predicate", f.predicate().name());
        o.put("symmetric", f.predicate().symmetric());
        o.put("polarity", f.polarity().json());
        o.put("modality", f.modality().json());
        o.put("attributedTo", f.attributedTo());
        o.put("date", f.date());
        o.put("confidence", f.confidence());
        if (e.cameo() != null) {
            o.put("cameo", e.cameo());
            GoldsteinScale.get().weight(e.cameo()).ifPresent(w -> {
                o.put("goldstein", w);
                o.put("tone", GoldsteinScale.Tone.of(w).json());
            });
        }
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence ev : f.evidence()) {
            ObjectNode x = evidence.addObject();
            x.put("article", ev.article());
            x.put("sentence", ev.sentence());
            x.put("text", ev.text());
            x.put("extractor", ev.extractor());
            if (ev.rule() != null) {
                x.put("rule", ev.rule());
            }
            x.put("confidence", ev.confidence());
            x.put("day", MapDates.day(ev, f, articles));
        }
        strings(o.putArray("days"), List.copyOf(MapDates.days(f, articles)));
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /**
     * Escapes the characters that could end the script element or confuse the HTML parser
     * ({@code </script>}, {@code <!--}) or older JavaScript parsers (U+2028, U+2029). In JSON
     * they can only occur inside strings, where a {@code \\uXXXX} escape means the same text.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
