package io.newsgraph.sink.map;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Ids;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The graph as every map format draws it: one node per entity, one edge per fact, degrees
 * counted, and the articles that the drawn nodes and edges cite. Input order is kept so that the
 * same graph always gives the same file.
 */
public record MapGraph(List<Article> articles, List<MapNode> nodes, List<MapEdge> edges) {
    public MapGraph {
        articles = List.copyOf(articles);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Builds the drawable graph; fact ends without a known entity become implicit nodes. */
    public static MapGraph of(Graph graph) {
        Map<String, MapNode> nodes = new LinkedHashMap<>();
        for (Entity e : graph.entities()) {
            nodes.putIfAbsent(e.id(), new MapNode(e.id(), e.name(), e.label(), e.aliases(), e.mentions(),
                    e.articles(), 0, false, e.merges(), e.typeRule()));
        }
        EntityIndex index = new EntityIndex(nodes.values());
        Map<String, String> cameoByEvent = new HashMap<>();
        for (Event ev : graph.events()) {
            if (ev.cameo() != null) {
                cameoByEvent.put(ev.id(), ev.cameo());
            }
        }
        List<MapEdge> edges = new ArrayList<>();
        for (Fact f : graph.facts()) {
            String source = endpoint(f.subjectId(), f.subject(), index, nodes, f);
            String target = endpoint(f.objectId(), f.object(), index, nodes, f);
            edges.add(new MapEdge(source, target, f, f.event() == null ? null : cameoByEvent.get(f.event())));
        }
        return withDegrees(graph.articles(), nodes.values(), edges);
    }

    private static String endpoint(String id, String name, EntityIndex index, Map<String, MapNode> nodes, Fact fact) {
        if (id != null && nodes.containsKey(id)) {
            return id;
        }
        MapNode byName = index.byNameOrAlias(name);
        if (byName != null) {
            return byName.id();
        }
        String implicitId = id != null ? id : "unresolved/" + Ids.slug(name);
        nodes.computeIfAbsent(implicitId, k -> new MapNode(k, name, EntityType.OTHER, List.of(), 0,
                fact.articles(), 0, true));
        return implicitId;
    }

    private static MapGraph withDegrees(List<Article> allArticles, Iterable<MapNode> nodes, List<MapEdge> edges) {
        Map<String, Integer> degree = new HashMap<>();
        Set<String> cited = new LinkedHashSet<>();
        for (MapEdge e : edges) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
            e.fact().evidence().forEach(ev -> cited.add(ev.article()));
        }
        List<MapNode> sized = new ArrayList<>();
        for (MapNode n : nodes) {
            sized.add(n.withDegree(degree.getOrDefault(n.id(), 0)));
            cited.addAll(n.articles());
        }
        List<Article> articles = allArticles.stream().filter(a -> cited.contains(a.id())).toList();
        return new MapGraph(articles, sized, edges);
    }

    /** The node named, aliased or identified by {@code name}, case-insensitively; null if none. */
    public MapNode find(String name) {
        for (MapNode n : nodes) {
            if (n.id().equals(name)) {
                return n;
            }
        }
        return new EntityIndex(nodes).byNameOrAlias(name);
    }

    /**
     * The neighbourhood {@code hops} steps around the node named {@code name}, in either
     * direction: those nodes and every fact between them.
     *
     * @throws UnknownEntityException when no entity has that name, alias or id
     */
    public MapGraph around(String name, int hops) {
        MapNode centre = find(name);
        if (centre == null) {
            throw new UnknownEntityException(name, suggestions(name));
        }
        Map<String, List<String>> adjacent = new HashMap<>();
        for (MapEdge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Set<String> kept = new LinkedHashSet<>(List.of(centre.id()));
        List<String> frontier = List.of(centre.id());
        for (int step = 0; step < hops && !frontier.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (String other : adjacent.getOrDefault(id, List.of())) {
                    if (kept.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        List<MapNode> keptNodes = nodes.stream().filter(n -> kept.contains(n.id())).toList();
        List<MapEdge> keptEdges = edges.stream()
                .filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList();
        return withDegrees(articles, keptNodes, keptEdges);
    }

    private List<String> suggestions(String name) {
        String needle = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (MapNode n : nodes) {
            boolean hit = n.name().toLowerCase(Locale.ROOT).contains(needle)
                    || n.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
            if (hit && out.size() < 5) {
                out.add(n.name());
            }
        }
        return out;
    }

    /** Case-insensitive lookup by name first, then by alias, so a name always wins over an alias. */
    private static final class EntityIndex {
        private final Map<String, MapNode> byName = new HashMap<>();
        private final Map<String, MapNode> byAlias = new HashMap<>();

        EntityIndex(Iterable<MapNode> nodes) {
            for (MapNode n : nodes) {
                byName.putIfAbsent(key(n.name()), n);
                for (String alias : n.aliases()) {
                    byAlias.putIfAbsent(key(alias), n);
                }
            }
        }

        MapNode byNameOrAlias(String name) {
            if (name == null) {
                return null;
            }
            MapNode n = byName.get(key(name));
            return n != null ? n : byAlias.get(key(name));
        }

        private static String key(String s) {
            return s.strip().toLowerCase(Locale.ROOT);
        }
    }
}
