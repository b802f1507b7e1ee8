package io.newsgraph.spark;

import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.sink.neo4j.PartitionWrites.EventText;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence each event node shows, decided as the one-process loader decides it while it
 * streams the facts in their order (EventSentences in newsgraph-neo4j), but as Spark work: an
 * event gets the text of the first evidence, in fact order and then evidence order, read in the
 * article and sentence where the event was stated (exact); an event that no such evidence reached
 * gets the first evidence of the first fact that names it (kept only if the node has no text yet).
 */
final class EventTexts {
    private EventTexts() {
    }

    static JavaRDD<EventText> of(JavaRDD<Event> events, JavaRDD<Fact> facts) {
        // (article, sentence) -> the first evidence read there, as (order key, text)
        JavaPairRDD<String, Tuple2<String, String>> firstAtSentence = facts.flatMapToPair(EventTexts::evidenceAt)
                .reduceByKey(EventTexts::earlier);
        JavaPairRDD<String, EventText> exact = events.mapToPair(e -> new Tuple2<>(place(e.article(), e.sentence()), e.id()))
                .join(firstAtSentence)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), new EventText(p._2()._1(), p._2()._2()._2(), true)));
        JavaPairRDD<String, EventText> named = facts.filter(f -> f.event() != null && !f.evidence().isEmpty())
                .mapToPair(f -> new Tuple2<>(f.event(), new Tuple2<>(DistributedGraph.factKey(f), f.evidence().get(0).text())))
                .reduceByKey(EventTexts::earlier)
                .mapToPair(p -> new Tuple2<>(p._1(), new EventText(p._1(), p._2()._2(), false)));
        return exact.union(named.subtractByKey(exact)).values();
    }

    private static java.util.Iterator<Tuple2<String, Tuple2<String, String>>> evidenceAt(Fact f) {
        List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
        String factKey = DistributedGraph.factKey(f);
        List<Evidence> evidence = f.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            out.add(new Tuple2<>(place(e.article(), e.sentence()), new Tuple2<>(factKey + "\0" + String.format("%06d", i), e.text())));
        }
        return out.iterator();
    }

    private static Tuple2<String, String> earlier(Tuple2<String, String> a, Tuple2<String, String> b) {
        return a._1().compareTo(b._1()) <= 0 ? a : b;
    }

    private static String place(String article, int sentence) {
        return article + '\u0000' + sentence;
    }
}
