package io.newsgraph.spark;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The resolved graph as Spark data, with the order the one-machine graph has: articles in corpus
 * order, entities by id, events by (article, sentence, id), facts by their first evidence's
 * article and sentence, then subject, predicate, object and id.
 */
public record DistributedGraph(JavaPairRDD<Long, Article> articles, JavaRDD<Entity> entities, JavaRDD<Fact> facts,
                               JavaRDD<Event> events) {
    private static final Comparator<Fact> FACT_ORDER = Comparator.comparing((Fact f) -> f.primary().article())
            .thenComparingInt(f -> f.primary().sentence()).thenComparing(Fact::subjectId)
            .thenComparing(f -> f.predicate().name()).thenComparing(Fact::objectId).thenComparing(Fact::id);
    private static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::article).thenComparingInt(Event::sentence)
            .thenComparing(Event::id);

    /** The whole graph on the driver: for tests and small corpora. */
    public Graph collect() {
        List<Article> as = articles.sortByKey().values().collect();
        List<Entity> es = new ArrayList<>(entities.collect());
        es.sort(Comparator.comparing(Entity::id));
        List<Fact> fs = new ArrayList<>(facts.collect());
        fs.sort(FACT_ORDER);
        List<Event> evs = new ArrayList<>(events.collect());
        evs.sort(EVENT_ORDER);
        return new Graph(as, es, fs, evs);
    }

    /**
     * Streams the graph through a sink in the one-machine order, one partition at a time on the
     * driver (the JSON Lines contract is one file): records are sorted in Spark, never held whole.
     */
    public void replay(GraphSink sink) {
        sink.start();
        each(articles.sortByKey().values().toLocalIterator(), sink::article);
        each(entities.sortBy(Entity::id, true, entities.getNumPartitions()).toLocalIterator(), sink::entity);
        each(events.sortBy(DistributedGraph::eventKey, true, events.getNumPartitions()).toLocalIterator(), sink::event);
        each(facts.sortBy(DistributedGraph::factKey, true, facts.getNumPartitions()).toLocalIterator(), sink::fact);
        sink.finish();
    }

    private static <T> void each(Iterator<T> it, java.util.function.Consumer<T> to) {
        it.forEachRemaining(to);
    }

    /** A string that sorts as {@link #FACT_ORDER} does (fields apart by NUL, which no id or name holds). */
    static String factKey(Fact f) {
        return String.join("\0", f.primary().article(), String.format("%010d", f.primary().sentence()), f.subjectId(),
                f.predicate().name(), f.objectId(), f.id());
    }

    static String eventKey(Event e) {
        return String.join("\0", e.article(), String.format("%010d", e.sentence()), e.id());
    }
}
