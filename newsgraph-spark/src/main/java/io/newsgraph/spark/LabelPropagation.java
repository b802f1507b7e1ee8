package io.newsgraph.spark;

import io.newsgraph.resolve.ResolutionSteps.NameLink;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Connected components of the name graph as Spark work: every key starts labelled with itself and
 * takes the smallest label among its own and its neighbours' until no label changes. A component
 * ends labelled with its alphabetically smallest key, the root the one-machine union-find picks.
 * Rounds: the longest shortest path in a component, plus one (alias chains are short).
 *
 * <p>The neighbour lists and the labels share one partitioner, so joining them needs no shuffle:
 * a round is one shuffle (the offers to each key) and one job. Before, each round joined and
 * unioned unpartitioned data, and the union's partitions (the sum of its parents') grew with
 * every round.
 */
final class LabelPropagation {
    private LabelPropagation() {
    }

    /** Key to its component's label, for every key in {@code keys} (a key without links is its own). */
    static JavaPairRDD<String, String> components(JavaRDD<String> keys, JavaRDD<NameLink> links) {
        Partitioner byKey = new HashPartitioner(Math.max(1, keys.getNumPartitions()));
        JavaPairRDD<String, Iterable<String>> neighbours = links
                .flatMapToPair(l -> List.of(new Tuple2<>(l.from(), l.to()), new Tuple2<>(l.to(), l.from())).iterator())
                .groupByKey(byKey).cache();
        JavaPairRDD<String, String> labels = keys.mapToPair(k -> new Tuple2<>(k, k))
                .union(neighbours.mapToPair(t -> new Tuple2<>(t._1(), t._1())))
                .reduceByKey(byKey, (a, b) -> a).cache();
        JavaPairRDD<String, ?> held = labels; // the cached data the labels are read from
        long changed;
        do {
            JavaPairRDD<String, String> offers = neighbours.join(labels)
                    .flatMapToPair(t -> offered(t._2()._1(), t._2()._2()))
                    .reduceByKey(byKey, LabelPropagation::smaller);
            // Each key's new label, and whether it changed; mapValues keeps the partitioner.
            JavaPairRDD<String, Tuple2<String, Boolean>> next = labels.leftOuterJoin(offers)
                    .mapValues(t -> taken(t._1(), t._2())).cache();
            changed = next.filter(t -> t._2()._2()).count();
            held.unpersist(false);
            held = next;
            labels = next.mapValues(Tuple2::_1);
        } while (changed > 0);
        neighbours.unpersist(false);
        return labels;
    }

    /** A key's label, offered to each of its neighbours. */
    private static Iterator<Tuple2<String, String>> offered(Iterable<String> neighbours, String label) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        neighbours.forEach(n -> out.add(new Tuple2<>(n, label)));
        return out.iterator();
    }

    private static Tuple2<String, Boolean> taken(String own, Optional<String> offer) {
        if (offer.isPresent() && offer.get().compareTo(own) < 0) {
            return new Tuple2<>(offer.get(), true);
        }
        return new Tuple2<>(own, false);
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
