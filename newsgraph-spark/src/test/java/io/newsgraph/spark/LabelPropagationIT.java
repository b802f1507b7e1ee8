package io.newsgraph.spark;

import io.newsgraph.resolve.ResolutionSteps.NameLink;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label propagation against what union-find gives on one machine: every key labelled with the
 * smallest key of its component, whatever the partitions and however long the chains.
 */
class LabelPropagationIT {
    private final JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());

    @Test
    void aChainInReverseOrderTakesItsSmallestKeyAndKeysOnlyInLinksAreLabelledToo() {
        List<String> keys = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        List<NameLink> links = List.of(link("f", "e"), link("e", "d"), link("d", "c"), link("c", "b"), link("h", "g"),
                link("z", "h"));

        Map<String, String> labels = components(keys, links, 3);

        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("a", "a", "b", "b", "c", "b", "d", "b", "e", "b",
                "f", "b", "g", "g", "h", "g", "z", "g"));
    }

    @Test
    void randomGraphsGiveTheComponentsOfUnionFind() {
        Random random = new Random(7);
        for (int round = 0; round < 2; round++) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                keys.add("k" + random.nextInt(100_000));
            }
            List<NameLink> links = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                links.add(link(keys.get(random.nextInt(keys.size())), keys.get(random.nextInt(keys.size()))));
            }
            assertThat(components(keys, links, 1 + round * 3)).as("round " + round).isEqualTo(unionFind(keys, links));
        }
    }

    private Map<String, String> components(List<String> keys, List<NameLink> links, int partitions) {
        return new TreeMap<>(LabelPropagation.components(sc.parallelize(keys, partitions).distinct(),
                sc.parallelize(links, partitions)).collectAsMap());
    }

    private static NameLink link(String from, String to) {
        return new NameLink(from, to, "test");
    }

    /** Each key to the smallest key of its component, by union-find. */
    private static Map<String, String> unionFind(List<String> keys, List<NameLink> links) {
        Map<String, String> parent = new HashMap<>();
        keys.forEach(k -> parent.put(k, k));
        for (NameLink l : links) {
            parent.putIfAbsent(l.from(), l.from());
            parent.putIfAbsent(l.to(), l.to());
            String a = root(parent, l.from());
            String b = root(parent, l.to());
            if (!a.equals(b)) {
                // The smaller key stays the root, so every root is its component's smallest key.
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new TreeMap<>();
        parent.keySet().forEach(k -> out.put(k, root(parent, k)));
        return out;
    }

    private static String root(Map<String, String> parent, String k) {
        while (!parent.get(k).equals(k)) {
            k = parent.get(k);
        }
        return k;
    }
}
