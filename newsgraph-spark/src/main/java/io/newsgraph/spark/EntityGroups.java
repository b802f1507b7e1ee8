package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.resolve.ResolutionSteps;
import io.newsgraph.resolve.ResolutionSteps.Member;
import io.newsgraph.resolve.ResolutionSteps.NameLink;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of the name components: each component's mentions make one entity (core's own code
 * picks the type, the fullest name, the id, the reason each alias joined and the rule behind the
 * type, from the members and the links between their keys), and components that came out with the same id are
 * merged in the order of their labels, as the one-machine resolver merges them.
 */
final class EntityGroups {
    /** A mention with its key's type, on its way to its component. */
    record TypedMember(Member member, String key, EntityType type) implements Serializable {
    }

    private EntityGroups() {
    }

    /** Name key to the entity it resolved to (entities with the same id are one object). */
    static JavaPairRDD<String, Entity> entityOfKey(JavaPairRDD<Long, ArticleExtraction> docs, NameGraph.Resolved names) {
        JavaPairRDD<String, Member> members = docs.flatMapToPair(t -> {
            List<Tuple2<String, Member>> out = new ArrayList<>();
            for (Mention m : t._2().mentions()) {
                out.add(new Tuple2<>(ResolutionSteps.key(m.name()), ResolutionSteps.member(t._2(), m)));
            }
            return out.iterator();
        });
        // The links between a component's keys, by its label, so that each entity names why its aliases joined.
        JavaPairRDD<String, Iterable<NameLink>> linksByLabel = names.links().mapToPair(l -> new Tuple2<>(l.from(), l))
                .join(names.components())
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .groupByKey();
        JavaPairRDD<String, Entity> byLabel = members.join(names.types())
                .mapValues(t -> new TypedMember(t._1(), null, t._2()))
                .join(names.components())
                .mapToPair(t -> new Tuple2<>(t._2()._2(), new TypedMember(t._2()._1().member(), t._1(), t._2()._1().type())))
                .groupByKey()
                .leftOuterJoin(linksByLabel)
                .mapValues(t -> entityOf(t._1(), t._2().isPresent() ? t._2().get() : List.of()));
        JavaPairRDD<String, Entity> byId = byLabel.mapToPair(t -> new Tuple2<>(t._2().id(), t))
                .groupByKey()
                .mapValues(EntityGroups::mergeInLabelOrder);
        JavaPairRDD<String, String> idOfLabel = byLabel.mapValues(Entity::id);
        return names.components().mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .join(idOfLabel)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    }

    private static Entity entityOf(Iterable<TypedMember> group, Iterable<NameLink> links) {
        List<Member> ms = new ArrayList<>();
        Map<String, EntityType> types = new HashMap<>();
        for (TypedMember m : group) {
            ms.add(m.member());
            types.put(m.key(), m.type());
        }
        List<NameLink> between = new ArrayList<>();
        links.forEach(between::add);
        return ResolutionSteps.entity(ms, types, between);
    }

    private static Entity mergeInLabelOrder(Iterable<Tuple2<String, Entity>> sameId) {
        List<Tuple2<String, Entity>> list = new ArrayList<>();
        sameId.forEach(list::add);
        list.sort((a, b) -> a._1().compareTo(b._1()));
        Entity acc = list.get(0)._2();
        for (int i = 1; i < list.size(); i++) {
            acc = ResolutionSteps.merged(acc, list.get(i)._2());
        }
        return acc;
    }
}
