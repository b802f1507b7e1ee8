package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.EntityType;
import io.newsgraph.resolve.ResolutionSteps;
import io.newsgraph.resolve.ResolutionSteps.NameLink;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which name keys are one entity, worked out in Spark in the order the one-machine resolver works:
 * (1) each key's type by majority vote, the gazetteer overruling; (2) each article's alias links
 * (nicknames, initials, particles, bracketed acronyms); (3) each article's short names linked to a
 * full name in the same article, seeing the groups (1)-(2) made across the corpus; (4) the short
 * names left, linked to the one group of full names in the corpus they fit, found by a join on
 * the short key; (5) connected components of all links.
 */
final class NameGraph {
    /** An article's links from step (3), the names it retyped, and its short names still unlinked. */
    record ArticleLinks(List<NameLink> links, Map<String, EntityType> retyped, List<String> unlinkedShort) implements Serializable {
    }

    /** A gazetteer verdict on a key and where it was met; the last one met wins, as on one machine. */
    record Verdict(long article, int mention, EntityType type) implements Serializable {
        Verdict later(Verdict o) {
            return article != o.article ? (article > o.article ? this : o) : (mention >= o.mention ? this : o);
        }
    }

    /** The outcome: each key's final type, its component label, and every link made (each link says why). */
    record Resolved(JavaPairRDD<String, EntityType> types, JavaPairRDD<String, String> components, JavaRDD<NameLink> links) {
    }

    private NameGraph() {
    }

    static Resolved resolve(JavaPairRDD<Long, ArticleExtraction> docs, PerArticle perArticle) {
        JavaPairRDD<String, EntityType> voted = votedTypes(docs).cache();
        JavaPairRDD<Long, Map<String, EntityType>> typesOfArticle = perArticle.rows(voted).cache();
        JavaRDD<NameLink> aliases = perArticle.each(typesOfArticle, (i, x, types) -> ResolutionSteps.aliasLinks(x, types))
                .flatMap(List::iterator).cache();
        JavaPairRDD<String, String> afterAliases = LabelPropagation.components(perArticle.allKeys(), aliases);

        JavaPairRDD<Long, ArticleLinks> inArticle = JavaPairRDD.fromJavaRDD(perArticle.each(
                typesOfArticle.join(perArticle.rows(afterAliases)),
                (i, x, t) -> new Tuple2<>(i, articleLinks(x, t._1(), t._2())))).cache();
        JavaPairRDD<String, EntityType> retyped = inArticle.flatMapToPair(t -> t._2().retyped().entrySet().stream()
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator()).reduceByKey((a, b) -> a);
        JavaPairRDD<String, EntityType> types = voted.leftOuterJoin(retyped)
                .mapValues(t -> t._2().isPresent() ? t._2().get() : t._1()).cache();
        JavaRDD<NameLink> local = aliases.union(inArticle.flatMap(t -> t._2().links().iterator())).cache();
        JavaPairRDD<String, String> afterLocal = LabelPropagation.components(perArticle.allKeys(), local);

        JavaRDD<NameLink> all = local.union(corpusShortNames(inArticle, types, afterLocal)).cache();
        JavaPairRDD<String, String> components = LabelPropagation.components(perArticle.allKeys(), all).cache();
        typesOfArticle.unpersist(false);
        return new Resolved(types, components, all);
    }

    /** Step (1): votes counted per key, a tie to the type declared first, then the gazetteer's verdicts. */
    private static JavaPairRDD<String, EntityType> votedTypes(JavaPairRDD<Long, ArticleExtraction> docs) {
        JavaPairRDD<String, EnumMap<EntityType, Integer>> votes = docs.flatMapToPair(t -> {
            List<Tuple2<String, EnumMap<EntityType, Integer>>> out = new ArrayList<>();
            for (Mention m : t._2().mentions()) {
                EnumMap<EntityType, Integer> one = new EnumMap<>(EntityType.class);
                one.put(m.type(), 1);
                out.add(new Tuple2<>(ResolutionSteps.key(m.name()), one));
            }
            return out.iterator();
        }).reduceByKey(NameGraph::addVotes);
        JavaPairRDD<String, Verdict> verdicts = docs.flatMapToPair(t -> {
            List<Tuple2<String, Verdict>> out = new ArrayList<>();
            List<Mention> ms = t._2().mentions();
            for (int i = 0; i < ms.size(); i++) {
                EntityType known = ResolutionSteps.gazetteerType(ms.get(i).name());
                if (known != null) {
                    out.add(new Tuple2<>(ResolutionSteps.key(ms.get(i).name()), new Verdict(t._1(), i, known)));
                }
            }
            return out.iterator();
        }).reduceByKey(Verdict::later);
        return votes.leftOuterJoin(verdicts).mapValues(t -> {
            Optional<Verdict> v = t._2();
            return v.isPresent() ? v.get().type() : ResolutionSteps.majority(t._1());
        });
    }

    private static EnumMap<EntityType, Integer> addVotes(EnumMap<EntityType, Integer> a, EnumMap<EntityType, Integer> b) {
        EnumMap<EntityType, Integer> sum = new EnumMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    /** Step (3) for one article, and what it leaves for step (4). */
    private static ArticleLinks articleLinks(ArticleExtraction x, Map<String, EntityType> types, Map<String, String> componentOf) {
        Map<String, EntityType> mine = new HashMap<>(types);
        List<NameLink> links = ResolutionSteps.articleNameLinks(x, mine, componentOf);
        Map<String, EntityType> retyped = new HashMap<>();
        mine.forEach((k, t) -> {
            if (t != types.get(k)) {
                retyped.put(k, t);
            }
        });
        Set<String> linked = new HashSet<>();
        links.forEach(l -> linked.add(l.from()));
        List<String> unlinked = new ArrayList<>();
        for (String k : PerArticle.keys(x)) {
            if (!k.contains(" ") && !linked.contains(k)) {
                unlinked.add(k);
            }
        }
        return new ArticleLinks(links, retyped, unlinked);
    }

    /**
     * Step (4): each article's unlinked short name joined on its short key with the corpus's full
     * names of its type that it fits; linked when all of them are one group so far (else ambiguous).
     */
    private static JavaRDD<NameLink> corpusShortNames(JavaPairRDD<Long, ArticleLinks> inArticle, JavaPairRDD<String, EntityType> types,
                                                      JavaPairRDD<String, String> components) {
        JavaPairRDD<Tuple2<String, EntityType>, Long> wanted = inArticle
                .flatMapToPair(t -> t._2().unlinkedShort().stream().map(k -> new Tuple2<>(k, t._1())).iterator())
                .join(types)
                .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._1(), t._2()._2()), t._2()._1()));
        JavaPairRDD<Tuple2<String, EntityType>, String> offered = types.filter(t -> t._1().contains(" "))
                .flatMapToPair(t -> ResolutionSteps.shortKeys(t._1(), t._2()).stream()
                        .map(s -> new Tuple2<>(new Tuple2<>(s, t._2()), t._1())).iterator());
        JavaPairRDD<String, Tuple2<Long, String>> fits = wanted.join(offered)
                .filter(t -> ResolutionSteps.shortNameFits(t._1()._1(), t._2()._2(), t._1()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._2()._1(), t._1()._1())));
        return fits.join(components)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey()
                .flatMap(t -> {
                    Set<String> groups = new HashSet<>();
                    String full = null;
                    for (Tuple2<String, String> c : t._2()) {
                        groups.add(c._2());
                        full = full == null || c._1().compareTo(full) > 0 ? c._1() : full;
                    }
                    return groups.size() == 1 ? List.of(new NameLink(t._1()._2(), full, "short name")).iterator()
                            : List.<NameLink>of().iterator();
                });
    }
}
