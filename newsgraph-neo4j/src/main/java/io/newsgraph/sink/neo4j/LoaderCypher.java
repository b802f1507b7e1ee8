package io.newsgraph.sink.neo4j;

import io.newsgraph.model.EntityType;

/**
 * The loader's Cypher. Labels and relationship types come only from the EntityType and
 * Predicate enums; every value from the data travels as a parameter.
 */
final class LoaderCypher {
    private LoaderCypher() {
    }

    static String label(EntityType type) {
        return type == EntityType.EVENT ? "NamedEvent" : type.label();
    }

    static final String EXISTING_ARTICLES = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            RETURN collect(a.id) AS ids""";

    /*
     * Replacing an article is mark and sweep: every record written by this load carries its
     * loadedAt stamp; evidence of a replaced article that comes again is swapped in place by the
     * fact query; at the end of the load, whatever of the replaced articles was not written again
     * (evidence, facts left without any, events, mentions, entities left with nothing) is removed.
     * Reloading an unchanged article therefore deletes and creates nothing.
     */

    /** Old evidence entries of replaced articles, on facts this load did not write again, go. */
    static final String SWEEP_FACTS_DELETE = """
            MATCH ()-[r]->()
            WHERE r.factId IS NOT NULL AND (r.loadedAt IS NULL OR r.loadedAt <> $loadedAt)
              AND size(r.evidenceArticles) > 0 AND all(x IN r.evidenceArticles WHERE x IN $replaced)
            DELETE r""";

    /** Facts that keep other evidence besides the replaced articles': the loader trims their lists. */
    static final String SWEEP_FACTS_TO_TRIM = """
            MATCH ()-[r]->()
            WHERE r.factId IS NOT NULL AND (r.loadedAt IS NULL OR r.loadedAt <> $loadedAt)
              AND any(x IN r.evidenceArticles WHERE x IN $replaced)
            RETURN elementId(r) AS id, properties(r) AS old""";

    static final String SET_EVIDENCE_BY_ELEMENT_ID = """
            UNWIND $rows AS row
            MATCH ()-[r]->() WHERE elementId(r) = row.id
            SET r += row.evidence""";

    static final String SWEEP_EVENTS = """
            MATCH (ev:Event)-[:REPORTED_IN]->(a:Article)
            WHERE a.id IN $replaced AND (ev.loadedAt IS NULL OR ev.loadedAt <> $loadedAt)
            DETACH DELETE ev""";

    /** Mentions the replaced articles no longer make go; entities left with nothing at all go too. */
    static final String SWEEP_MENTIONS = """
            MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
            WHERE a.id IN $replaced AND (m.loadedAt IS NULL OR m.loadedAt <> $loadedAt)
            DELETE m
            WITH DISTINCT e
            CALL (e) {
              WITH e WHERE NOT (e)--()
              DELETE e
            }
            CALL (e) {
              WITH e WHERE (e)--()
              WITH e, [(e)<-[m2:MENTIONS]-(:Article) | m2.mentions] AS shares
              SET e.articleCount = size(shares),
                  e.mentions = CASE WHEN size(shares) = 0 THEN e.mentions ELSE reduce(t = 0, x IN shares | t + coalesce(x, 0)) END
            }""";

    static final String ARTICLES = """
            UNWIND $rows AS row
            MERGE (a:Article {id: row.id})
            SET a.loadedAt = $loadedAt, a.title = row.title, a.source = row.source, a.published = row.published, a.url = row.url,
                a.author = row.author, a.path = row.path, a.text = row.text""";

    /**
     * The type label is a parameter, {@code row.label}, set by the loader from the EntityType enum
     * only (one query for all types: one plan to compile). A type change moves the label. Aliases
     * are a union (incremental loads add surface forms); so are the merge reasons (mergedAliases,
     * mergeReasons and mergedInto, one entry per alias, this load's reason winning for an alias
     * both loads explain), and the type rule is this load's when it has one. Mentions live per article on MENTIONS
     * (written next, by {@link #MENTIONS}) so that reloading an article replaces its share instead
     * of adding to it; the totals set here are the record's, right for a new entity; entities
     * that were in the database already are returned, and get their totals from all their
     * MENTIONS afterwards ({@link #ENTITY_TOTALS}).
     */
    static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (e:Entity {id: row.id})
            ON CREATE SET e:$(row.label)
            WITH e, row, e.loadedAt AS before
            FOREACH (_ IN CASE WHEN e.type IS NOT NULL AND e.type <> row.type THEN [1] ELSE [] END |
              REMOVE e""" + Neo4jSchema.ENTITY_TYPE_LABELS + """
             SET e:$(row.label))
            SET e.name = row.name, e.type = row.type, e.loadedAt = $loadedAt,
                e.aliases = CASE WHEN e.aliases IS NULL THEN row.aliases
                            ELSE e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases] END,
                e.mentions = row.mentions, e.articleCount = size(row.shares),
                e.typeRule = coalesce(row.typeRule, e.typeRule)
            WITH e, row, before, coalesce(e.mergedAliases, []) AS oldAliases
            WITH e, row, before, [i IN range(0, size(oldAliases) - 1)
                                  WHERE NOT oldAliases[i] IN coalesce(row.mergedAliases, [])] AS kept
            WITH e, row, before, coalesce(row.mergedAliases, []) + [i IN kept | e.mergedAliases[i]] AS aliases,
                 coalesce(row.mergeReasons, []) + [i IN kept | e.mergeReasons[i]] AS reasons,
                 coalesce(row.mergedInto, []) + [i IN kept | e.mergedInto[i]] AS targets
            SET e.mergedAliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END,
                e.mergeReasons = CASE WHEN size(aliases) = 0 THEN null ELSE reasons END,
                e.mergedInto = CASE WHEN size(aliases) = 0 THEN null ELSE targets END
            WITH row, before WHERE before IS NOT NULL
            RETURN row.id AS id""";

    /** An entity's mentions in one article. */
    static final String MENTIONS = """
            UNWIND $rows AS row
            MATCH (e:Entity {id: row.entity})
            MERGE (a:Article {id: row.article})
            MERGE (a)-[m:MENTIONS]->(e)
            SET m.mentions = row.mentions, m.loadedAt = $loadedAt""";

    /** Totals of entities known before this load: summed over the mentions of all their articles. */
    static final String ENTITY_TOTALS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            WITH e, [(e)<-[m:MENTIONS]-(:Article) | m.mentions] AS shares
            WHERE size(shares) > 0
            SET e.articleCount = size(shares), e.mentions = reduce(t = 0, x IN shares | t + coalesce(x, 0))""";

    /**
     * Events are replaced whole: participants and article are merged with this load's stamp,
     * then role links from earlier loads that the record no longer has are removed.
     */
    static final String EVENTS = """
            UNWIND $rows AS row
            MERGE (ev:Event {id: row.id})
            SET ev.type = row.type, ev.date = row.date, ev.sentence = row.sentence, ev.place = row.place,
                ev.cameo = row.cameo, ev.goldstein = row.goldstein, ev.article = row.article, ev.loadedAt = $loadedAt
            WITH ev, row
            MERGE (a:Article {id: row.article})
            MERGE (ev)-[rep:REPORTED_IN]->(a)
            SET rep.loadedAt = $loadedAt
            WITH ev, row
            CALL (ev, row) {
              UNWIND range(0, size(row.participants) - 1) AS i
              WITH ev, row.participants[i] AS p, i
              MERGE (e:Entity {id: p.entity})
              ON CREATE SET e.name = p.entity, e.type = 'Other', e:Other
              FOREACH (_ IN CASE WHEN p.role = 'AGENT' THEN [1] ELSE [] END |
                MERGE (ev)-[r:AGENT]->(e) SET r.position = i, r.loadedAt = $loadedAt)
              FOREACH (_ IN CASE WHEN p.role = 'RECIPIENT' THEN [1] ELSE [] END |
                MERGE (ev)-[r:RECIPIENT]->(e) SET r.position = i, r.loadedAt = $loadedAt)
              FOREACH (_ IN CASE WHEN p.role = 'TOPIC' THEN [1] ELSE [] END |
                MERGE (ev)-[r:TOPIC]->(e) SET r.position = i, r.loadedAt = $loadedAt)
              FOREACH (_ IN CASE WHEN p.role = 'PLACE' THEN [1] ELSE [] END |
                MERGE (ev)-[r:PLACE]->(e) SET r.position = i, r.loadedAt = $loadedAt)
            }
            WITH ev
            CALL (ev) {
              MATCH (ev)-[old:AGENT|RECIPIENT|TOPIC|PLACE|REPORTED_IN]->()
              WHERE old.loadedAt IS NULL OR old.loadedAt <> $loadedAt
              DELETE old
            }""";

    /**
     * The relationship type is a parameter, {@code row.predicate}, set by the loader from the
     * Predicate enum only (one query for every predicate: one plan, and batches that are not
     * split by predicate). A new fact gets its evidence lists as computed by the loader; a known
     * fact whose stored evidence equals the incoming one is left as it is (a reload writes
     * nothing but the stamp and scalar properties); any other known fact is returned with its
     * stored properties, and the loader merges the evidence in Java (EvidenceLists.merge) and
     * writes it back with {@link #SET_EVIDENCE}.
     */
    static final String FACTS = """
            UNWIND $rows AS row
            MERGE (s:Entity {id: row.subjectId})
            ON CREATE SET s.name = row.subject, s.type = 'Other', s:Other
            MERGE (o:Entity {id: row.objectId})
            ON CREATE SET o.name = row.object, o.type = 'Other', o:Other
            MERGE (s)-[r:$(row.predicate) {factId: row.id}]->(o)
            WITH r, row, r.loadedAt AS before
            SET r += row.props, r.loadedAt = $loadedAt
            FOREACH (_ IN CASE WHEN before IS NULL THEN [1] ELSE [] END | SET r += row.evidence)
            WITH r, row, before
            WHERE before IS NOT NULL AND NOT coalesce(r.evidenceArticles = row.evidence.evidenceArticles
              AND r.evidenceSentences = row.evidence.evidenceSentences AND r.evidenceStarts = row.evidence.evidenceStarts
              AND r.evidenceEnds = row.evidence.evidenceEnds AND r.evidenceTexts = row.evidence.evidenceTexts
              AND r.extractors = row.evidence.extractors
              AND r.evidenceConfidences = row.evidence.evidenceConfidences
              AND coalesce(r.evidenceAttributions, []) = coalesce(row.evidence.evidenceAttributions, [])
              AND coalesce(r.evidenceDates, []) = coalesce(row.evidence.evidenceDates, [])
              AND coalesce(r.evidenceRules, []) = coalesce(row.evidence.evidenceRules, []), false)
            RETURN row.id AS id, before = $loadedAt AS writtenThisLoad, properties(r) AS old""";

    /** Writes merged evidence onto known facts, found again from their subject. */
    static final String SET_EVIDENCE = """
            UNWIND $rows AS row
            MATCH (s:Entity {id: row.subjectId})-[r:$(row.predicate) {factId: row.id}]->(:Entity {id: row.objectId})
            SET r += row.evidence""";

    /**
     * An event's sentence: the evidence stated in the same article and sentence as the event
     * (matched by the loader), which wins; or, for an event loaded earlier that no fact of this
     * load shares a sentence with, the first evidence of the fact that names it, if it has none.
     */
    static final String EVENT_TEXTS = """
            UNWIND $rows AS row
            MATCH (event:Event {id: row.id})
            SET event.text = CASE WHEN row.exact THEN row.text ELSE coalesce(event.text, row.text) END""";
}
