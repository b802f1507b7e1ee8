package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.resolve.ResolutionSteps;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function3;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** How the articles are partitioned: the rows are grouped the same way, so joining them to the articles moves no article. */
    private final Partitioner byArticle;

    /** Each article's extraction by its number, partitioned by {@link #byArticle}. */
    private final JavaPairRDD<Long, ArticleExtraction> docs;

    PerArticle(JavaPairRDD<Long, ArticleExtraction> docs, Partitioner byArticle) {
        this.keyInArticle = docs.flatMapToPair(t -> keys(t._2()).stream()
                .map(k -> new Tuple2<>(k, t._1())).iterator()).cache();
        this.byArticle = byArticle;
        this.docs = docs;
    }

    /**
     * {@code fn} over each article's extraction and its row of {@code rows} (made by
     * {@link #rows}, so partitioned as the articles are), partition by partition: a join without a
     * shuffle, in which the extractions never enter Spark's join maps. Those maps estimate their
     * size by walking the objects put in them, and walking every extraction, once per join, was
     * most of resolution's time. Articles without a row (no names) are left out, as a join leaves
     * them out.
     */
    <V, R> JavaRDD<R> each(JavaPairRDD<Long, V> rows, Function3<Long, ArticleExtraction, V, R> fn) {
        return docs.zipPartitions(rows, (articles, rowsHere) -> {
            Map<Long, V> rowOf = new HashMap<>();
            rowsHere.forEachRemaining(t -> rowOf.put(t._1(), t._2()));
            List<R> out = new ArrayList<>();
            while (articles.hasNext()) {
                Tuple2<Long, ArticleExtraction> a = articles.next();
                V row = rowOf.get(a._1());
                if (row != null) {
                    out.add(fn.call(a._1(), a._2(), row));
                }
            }
            return out.iterator();
        });
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
                .groupByKey(byArticle)
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
