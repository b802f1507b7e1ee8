package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Participant;
import io.newsgraph.resolve.EntityResolver;
import io.newsgraph.resolve.FactAssembler;
import io.newsgraph.resolve.ResolutionSteps;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles to a resolved graph in Spark: extraction per article in {@code mapPartitions} (one
 * pipeline per executor JVM), then resolution across partitions as joins and label propagation
 * ({@link NameGraph}, {@link EntityGroups}), then facts assembled per article and merged by id
 * ({@link FactMerge}). Gives the graph {@code extract} gives on one machine; docs/spark.md says
 * where the two can differ.
 */
public final class SparkExtraction {
    private SparkExtraction() {
    }

    /** @param partitions how many partitions the articles are spread over for extraction (kept as they are when they already are that many) */
    public static DistributedGraph run(JavaRDD<Numbered> articles, int partitions, LongAccumulator failures) {
        return resolve(forResolution(extract(articles, partitions, failures)));
    }

    /**
     * Every article extracted, kept (memory, else disk) and counted, so the extraction runs here, at
     * the full spread, before resolution regroups it.
     */
    static JavaRDD<Extracted> extract(JavaRDD<Numbered> articles, int partitions, LongAccumulator failures) {
        JavaRDD<Numbered> spread = articles.getNumPartitions() == partitions ? articles : articles.repartition(partitions);
        JavaRDD<Extracted> extracted = spread.mapPartitions(new ExtractPartition(failures)).persist(StorageLevel.MEMORY_AND_DISK());
        extracted.count();
        return extracted;
    }

    /**
     * The extracted articles in one partition per core, without a shuffle. Extraction wants several
     * partitions per core (the first task of an executor waits for the models; long articles even
     * out), but resolution's work per article is small beside it, and each of its few dozen shuffles
     * costs a task per partition on both sides: with four partitions per core those tasks' overhead
     * was most of resolution's time, and it does not shrink with more cores.
     */
    static JavaRDD<Extracted> forResolution(JavaRDD<Extracted> extracted) {
        int cores = Math.max(1, extracted.context().defaultParallelism());
        return extracted.getNumPartitions() <= cores ? extracted : extracted.coalesce(cores);
    }

    /** Resolution across partitions, and facts and events, from what extraction found in each article. */
    static DistributedGraph resolve(JavaRDD<Extracted> extracted) {
        // Each article's extraction in the partition its number hashes to, kept there. Every
        // per-article table is grouped by the same partitioner and met with the articles partition
        // by partition (PerArticle.each): the extractions are shuffled once, here, not by each join.
        Partitioner byArticle = new HashPartitioner(extracted.getNumPartitions());
        JavaPairRDD<Long, ArticleExtraction> docs = extracted.mapToPair(e -> new Tuple2<>(e.index(), e.extraction()))
                .partitionBy(byArticle).persist(StorageLevel.MEMORY_AND_DISK());
        PerArticle perArticle = new PerArticle(docs, byArticle);
        NameGraph.Resolved names = NameGraph.resolve(docs, perArticle);
        JavaPairRDD<String, Entity> entityOfKey = EntityGroups.entityOfKey(docs, names).cache();

        JavaPairRDD<Long, Tuple2<List<Fact>, List<Event>>> assembled = JavaPairRDD.fromJavaRDD(perArticle.each(
                perArticle.rows(entityOfKey), (i, x, rows) -> new Tuple2<>(i, assemble(x, rows)))).cache();
        JavaRDD<Fact> facts = assembled
                .flatMapToPair(t -> t._2()._1().stream().map(f -> new Tuple2<>(f.id(), new Tuple2<>(t._1(), f))).iterator())
                .groupByKey()
                .map(t -> {
                    List<Tuple2<Long, Fact>> same = new ArrayList<>();
                    t._2().forEach(same::add);
                    same.sort((a, b) -> Long.compare(a._1(), b._1()));
                    List<Fact> ordered = new ArrayList<>();
                    same.forEach(s -> ordered.add(s._2()));
                    return FactMerge.merge(ordered);
                }).cache();
        JavaRDD<Event> events = assembled.flatMap(t -> t._2()._2().iterator()).cache();
        JavaRDD<Entity> entities = keptEntities(entityOfKey.values(), facts, events).cache();
        return new DistributedGraph(docs.mapValues(ArticleExtraction::article), entities, facts, events);
    }

    /** One article's facts and events over the resolved entities, by core's assembler. */
    private static Tuple2<List<Fact>, List<Event>> assemble(ArticleExtraction x, Map<String, Entity> entityOfKey) {
        Map<String, Entity> byMention = new HashMap<>();
        for (Mention m : x.mentions()) {
            byMention.put(x.article().id() + "#" + m.key(), entityOfKey.get(ResolutionSteps.key(m.name())));
        }
        EntityResolver.Resolution res = new EntityResolver.Resolution(List.of(), byMention, Map.of(), Map.of());
        FactAssembler.Assembly a = new FactAssembler().assemble(List.of(x), res);
        return new Tuple2<>(new ArrayList<>(a.facts()), new ArrayList<>(a.events()));
    }

    /** Each entity once; one that is neither mentioned nor an end of a fact or event is left out, as on one machine. */
    private static JavaRDD<Entity> keptEntities(JavaRDD<Entity> all, JavaRDD<Fact> facts, JavaRDD<Event> events) {
        JavaPairRDD<String, Boolean> used = facts.flatMap(f -> List.of(f.subjectId(), f.objectId()).iterator())
                .union(events.flatMap(e -> e.participants().stream().map(Participant::entity).iterator()))
                .distinct()
                .mapToPair(id -> new Tuple2<>(id, true));
        return all.mapToPair(e -> new Tuple2<>(e.id(), e))
                .reduceByKey((a, b) -> a)
                .leftOuterJoin(used)
                .filter(t -> t._2()._1().mentions() > 0 || t._2()._2().isPresent())
                .map(t -> t._2()._1());
    }
}
