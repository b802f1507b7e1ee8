package io.newsgraph.spark;

import io.newsgraph.sink.neo4j.LoadCounts;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.PartitionWrites;
import io.newsgraph.sink.neo4j.PartitionWrites.Written;
import io.newsgraph.sink.neo4j.PartitionedLoad;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code --neo4j}: the resolved graph into Neo4j over Bolt, each partition written by its
 * executor through the project's loader code (no Neo4j connector for Spark serves Spark 4; see
 * docs/spark.md). The driver applies the schema, holds the load lease and stamps the load; the
 * executors write articles, then entities, events, facts and event sentences, one Spark step each,
 * so every kind is complete before the next starts (the order the loader keeps); the driver then
 * sweeps what replaced articles no longer say. A second run of the same input changes nothing.
 */
final class Neo4jOutput {
    private Neo4jOutput() {
    }

    static LoadCounts write(DistributedGraph g, Neo4jConnection c) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(g.entities().context());
        try (Neo4jTarget target = Neo4jTarget.external(c.uri(), c.user(), c.password(), c.database());
             PartitionedLoad load = PartitionedLoad.begin(target.driver(), target.database(), c.batchSize())) {
            PartitionedLoad.Ticket t = load.ticket();
            Written articles = sum(g.articles().values(), it -> one(PartitionWrites.articles(BoltDrivers.get(c), t, it)));
            Set<String> replaced = new HashSet<>(articles.replaced());
            Written entities = sum(g.entities(), it -> one(PartitionWrites.entities(BoltDrivers.get(c), t, it)));
            Written events = sum(g.events(), it -> one(PartitionWrites.events(BoltDrivers.get(c), t, it)));
            Broadcast<Set<String>> known = sc.broadcast(replaced);
            Written facts = sum(g.facts(), it -> one(PartitionWrites.facts(BoltDrivers.get(c), t, known.value(), it)));
            Written texts = sum(EventTexts.of(g.events(), g.facts()),
                    it -> one(PartitionWrites.eventTexts(BoltDrivers.get(c), t, it)));
            Written swept = load.finish(replaced);
            known.destroy();
            Written all = articles.plus(entities).plus(events).plus(facts).plus(texts).plus(swept);
            return new LoadCounts(articles.records(), entities.records(), events.records(), facts.records(), replaced.size(),
                    all.nodesCreated(), all.relationshipsCreated(), all.nodesDeleted(), all.relationshipsDeleted(),
                    all.propertiesSet());
        }
    }

    private static <T> Written sum(JavaRDD<T> records, FlatMapFunction<Iterator<T>, Written> step) {
        return records.mapPartitions(step).fold(Written.NONE, Written::plus);
    }

    private static Iterator<Written> one(Written w) {
        return List.of(w).iterator();
    }
}
