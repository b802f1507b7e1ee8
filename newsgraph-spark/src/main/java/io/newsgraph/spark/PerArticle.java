package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.resolve.ResolutionSteps;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a table keyed by name key to the articles that use those keys: one small map per article
 * with the rows of only its own names, so no step needs a table of the whole corpus in one place.
 */
final class PerArticle {

    /** Every (name key, article) pair the corpus has, once. */
    private final JavaPairRDD<String, Long> keyInArticle;

    PerArticle(JavaRDD<Extracted> docs) {
        this.keyInArticle = docs.flatMapToPair(e -> keys(e.extraction()).stream()
                .map(k -> new Tuple2<>(k, e.index())).iterator()).cache();
    }

    /** The name keys of one article's mentions. */
    static Set<String> keys(ArticleExtraction x) {
        Set<String> out = new TreeSet<>();
        for (Mention m : x.mentions()) {
            out.add(ResolutionSteps.key(m.name()));
        }
        return out;
    }

    /** Every distinct name key of the corpus. */
    JavaRDD<String> allKeys() {
        return keyInArticle.keys().distinct();
    }

    /** For each article, the rows of {@code table} for its own keys. */
    <V> JavaPairRDD<Long, Map<String, V>> rows(JavaPairRDD<String, V> table) {
        return keyInArticle.join(table)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey()
                .mapValues(PerArticle::toMap);
    }

    private static <V> Map<String, V> toMap(Iterable<Tuple2<String, V>> rows) {
        Map<String, V> out = new HashMap<>();
        Iterator<Tuple2<String, V>> it = rows.iterator();
        while (it.hasNext()) {
            Tuple2<String, V> r = it.next();
            out.put(r._1(), r._2());
        }
        return out;
    }

    void release() {
        keyInArticle.unpersist(false);
    }
}
