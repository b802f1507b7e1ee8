package io.newsgraph.spark;

import io.newsgraph.resolve.ResolutionSteps.NameLink;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.List;

/**
 * Connected components of the name graph as Spark work: every key starts labelled with itself and
 * takes the smallest label among its own and its neighbours' until no label changes. A component
 * ends labelled with its alphabetically smallest key, the root the one-machine union-find picks.
 * Rounds: the longest shortest path in a component, plus one (alias chains are short).
 */
final class LabelPropagation {
    private LabelPropagation() {
    }

    /** Key to its component's label, for every key in {@code keys} (a key without links is its own). */
    static JavaPairRDD<String, String> components(JavaRDD<String> keys, JavaRDD<NameLink> links) {
        JavaPairRDD<String, String> edges = links
                .flatMapToPair(l -> List.of(new Tuple2<>(l.from(), l.to()), new Tuple2<>(l.to(), l.from())).iterator())
                .distinct().cache();
        JavaPairRDD<String, String> labels = keys.union(edges.keys()).distinct().mapToPair(k -> new Tuple2<>(k, k)).cache();
        // A fixed partition count: reduceByKey over a union takes the sum of its parents' partitions,
        // so without it every round doubled the tasks of the next (thousands after a dozen rounds).
        int partitions = Math.max(1, labels.getNumPartitions());
        long changed;
        do {
            JavaPairRDD<String, String> offers = edges.join(labels).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
            JavaPairRDD<String, String> next = labels.union(offers).reduceByKey(LabelPropagation::smaller, partitions).cache();
            changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
        } while (changed > 0);
        edges.unpersist(false);
        return labels;
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
