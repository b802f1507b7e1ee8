package io.newsgraph.sink.neo4j;

/**
 * What a load wrote: records received per kind, and what Neo4j reports it changed (a repeated
 * load of the same input creates nothing). {@code articlesReplaced} counts articles that were
 * already in the database and had their old evidence, events and mentions replaced.
 */
public record LoadCounts(long articles, long entities, long events, long facts, long articlesReplaced,
                         long nodesCreated, long relationshipsCreated, long nodesDeleted,
                         long relationshipsDeleted, long propertiesSet) {
    public long records() {
        return articles + entities + events + facts;
    }

    public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public LoadCounts plus(LoadCounts o) {
        return new LoadCounts(articles + o.articles, entities + o.entities, events + o.events, facts + o.facts,
                articlesReplaced + o.articlesReplaced, nodesCreated + o.nodesCreated,
                relationshipsCreated + o.relationshipsCreated, nodesDeleted + o.nodesDeleted,
                relationshipsDeleted + o.relationshipsDeleted, propertiesSet + o.propertiesSet);
    }

    public String summary() {
        return "%d articles, %d entities, %d events, %d facts loaded (%d articles replaced); %d nodes and %d relationships created, %d nodes and %d relationships deleted"
                .formatted(articles, entities, events, facts, articlesReplaced, nodesCreated, relationshipsCreated,
                        nodesDeleted, relationshipsDeleted);
    }
}
