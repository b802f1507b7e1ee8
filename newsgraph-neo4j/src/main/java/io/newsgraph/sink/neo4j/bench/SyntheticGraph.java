package io.newsgraph.sink.neo4j.bench;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import io.newsgraph.model.stream.GraphSink;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up graph of the shape newsgraph produces (articles, typed entities mentioned in them,
 * facts with one evidence sentence each), generated on the fly from a seed so that the same
 * data can be replayed any number of times without holding it in memory.
 */
public record SyntheticGraph(int articles, int entities, int facts, long seed, String idPrefix) {
    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
        EntityType.PRODUCT};
    private static final Predicate[] PREDICATES = Predicate.values();

    public SyntheticGraph {
        if (articles < 1 || entities < 2 || facts < 0) {
            throw new IllegalArgumentException("need at least 1 article and 2 entities");
        }
        idPrefix = idPrefix == null ? "" : idPrefix;
    }

    public SyntheticGraph(int articles, int entities, int facts, long seed) {
        this(articles, entities, facts, seed, "");
    }

    /** A graph of the same shape whose ids and names differ from this one's: loading it adds, never merges. */
    public SyntheticGraph disjoint(String prefix, int divisor) {
        return new SyntheticGraph(Math.max(1, articles / divisor), Math.max(2, entities / divisor), facts / divisor,
                seed + 1, prefix + idPrefix);
    }

    /** Nodes this graph has: articles and entities. */
    public long nodes() {
        return (long) articles + entities;
    }

    /** Relationships: one MENTIONS per entity and one per fact. */
    public long relationships() {
        return (long) entities + facts;
    }

    public void replay(GraphSink sink) {
        sink.start();
        for (int i = 0; i < articles; i++) {
            sink.article(new Article(articleId(i), "Synthetic article " + i, "Bench Wire", "2025-01-" + (1 + i % 28),
                    "https://example.org/bench/" + i, null, null, "Synthetic text of article " + i + "."));
        }
        for (int i = 0; i < entities; i++) {
            EntityType t = TYPES[i % TYPES.length];
            String name = t.label() + " " + idPrefix + i;
            sink.entity(new Entity(entityId(i), name, t, List.of(name, "E" + i), 1 + i % 5,
                    List.of(articleId(i % articles))));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < facts; i++) {
            int s = random.nextInt(entities);
            int o = random.nextInt(entities - 1);
            o = o >= s ? o + 1 : o;
            Predicate p = PREDICATES[i % PREDICATES.length];
            String subject = TYPES[s % 4].label() + " " + idPrefix + s;
            String object = TYPES[o % 4].label() + " " + idPrefix + o;
            String text = "Synthetic sentence " + i + " says that " + subject + " " + p.name().toLowerCase() + " " + object + ".";
            int start = (i % 40) * 120;
            Evidence e = new Evidence(articleId(random.nextInt(articles)), i % 40, start, start + text.length(), text,
                    "bench", 0.5 + (i % 50) / 100.0);
            sink.fact(new Fact("fact/bench-" + idPrefix + i, subject, p, object,
                    entityId(s), entityId(o), i % 10 == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE,
                    i % 7 == 0 ? Modality.HYPOTHETICAL : Modality.ASSERTED, null, null, "2025", null, List.of(e)));
        }
        sink.finish();
    }

    private String articleId(int i) {
        return "bench/a-" + idPrefix + i;
    }

    private String entityId(int i) {
        return TYPES[i % TYPES.length].idPrefix() + "/e-" + idPrefix + i;
    }
}
