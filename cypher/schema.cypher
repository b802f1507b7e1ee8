// newsgraph: the Neo4j graph model, its constraints and indexes.
//
// newsgraph runs these statements itself before every load (they are idempotent); run them by
// hand only to prepare an empty external database. Neo4jSchemaTest keeps this file equal to the
// loader's statements.
//
// NODES
//   (:Entity:<Type>)  one real-world thing, merged across articles. <Type> is one of
//       :Person, :Organization, :Location, :Product, :NamedEvent (an entity of type Event,
//       e.g. "the 2024 election": :Event is taken by event nodes) or :Other.
//       id            stable id, e.g. 'person/maria-lindqvist' (unique)
//       name          display name
//       type          'Person', 'Organization', 'Location', 'Product', 'Event' or 'Other'
//       aliases       surface forms seen in the text (list; grows as articles are added)
//       mentions      number of mentions over all articles
//       articleCount  number of articles mentioning it
//       typeRule      the rule of the text that decided the type (gazetteer, armed-group,
//                     legal-form, apposition, place-head, organisation-head, descriptor, verb,
//                     list), or 'ner-majority' when none did (the majority of NER's tags)
//       mergedAliases, mergeReasons, mergedInto  why each alias joined the node, as three lists
//                     of one length: the alias, its reason ('short name', 'nickname', 'acronym
//                     in brackets', ...; README, JSON Lines section) and the name it was joined
//                     to; unset when no alias needed a reason. Query Q23 lists them.
//   (:Article)        one cleaned news article.
//       id (unique), title, source, published (ISO date or a prefix of one), url, author,
//       path (the input file, relative to the file or folder read; absolute with --keep-paths),
//       text (the cleaned text every evidence offset points into)
//   (:Event)          something that happened, stated in one sentence of one article.
//       id (unique), type (a predicate such as 'MET_WITH'), date, sentence (index in the
//       article), text (the sentence), place (entity id), article (article id)
//   (:Claim)          one (subject, predicate, object) across all its statements, whatever their
//       polarity and modality; kept current after every load by load, serve and run (the
//       first computes all, a later one the claims its articles touch; docs/claims.md).
//       id (unique, from the two ends and the predicate), subject, subjectId, predicate, object,
//       objectId, status ('corroborated', 'single-source', 'disputed', 'denied', 'hypothetical'),
//       outlets, denyingOutlets (independent outlets on each side: one publisher or near-identical
//       texts count once), supporting, denying, hypothetical (article ids), speakers (names, named
//       or not), firstReported, lastReported (published dates of the supporting and denying
//       articles), factIds (the fact relationships it gathers)
//
// RELATIONSHIPS
//   (:Entity)-[:<PREDICATE>]->(:Entity)   one fact. The type is one of the core predicates:
//       OWNS FOUNDED LEADS OPERATES WORKS_FOR MEMBER_OF PART_OF LOCATED_IN LIVES_IN CITIZEN_OF
//       CONTRACTS_WITH PROVIDED COMMUNICATED_WITH MET_WITH INTERVIEWED REQUESTED REFUSED DENIED
//       SUPPORTED PRAISED CRITICIZED THREATENED ATTACKED KILLED SANCTIONED
//       (COMMUNICATED_WITH and MET_WITH are symmetric: query them without direction.)
//       factId        stable fact id
//       polarity      'positive' or 'negative' (negated: "had not consulted")
//       modality      'asserted', 'reported' (someone says so) or 'hypothetical' (if/would/may)
//                     Only positive, non-hypothetical facts are claims.
//       attributedTo  who says so, for reported facts
//       role, date, event (id of the :Event the fact belongs to)
//       confidence    the best confidence over the evidence
//       articleCount  number of distinct articles that state the fact
//       evidence, as parallel lists (element i of each list is one sentence stating the fact):
//         evidenceArticles, evidenceSentences, evidenceStarts, evidenceEnds (character offsets
//         into the article text), evidenceTexts, extractors, evidenceConfidences,
//         evidenceAttributions (who the sentence says said it, '' for none), evidenceDates
//         (the date the sentence states, else the article's published date; '' if unknown)
//         and evidenceRules (the extractor's rule that made it, e.g. 'role-title/appositive';
//         '' for evidence from before rules had names; unset when no entry names one)
//       Why lists on the relationship and not evidence nodes: a fact stays one relationship
//       that Browser draws between its two entities and Cypher matches in one hop, and its
//       sentences come with it. Reloading a changed article removes that article's entries
//       from every list (and deletes facts left with none) before the new evidence is merged,
//       so evidence is never duplicated.
//   (:Article)-[:MENTIONS {mentions}]->(:Entity)         the article mentions the entity
//   (:Event)-[:AGENT|RECIPIENT|TOPIC|PLACE {position}]->(:Entity)   event participants
//   (:Event)-[:REPORTED_IN]->(:Article)                   where the event is stated
//   (:Claim)-[:SUBJECT]->(:Entity), (:Claim)-[:OBJECT]->(:Entity)   the claim's two ends
//   (:Claim)-[:CLAIMED_BY {stance, articles, quotes}]->(:Entity)    a named speaker who asserts
//       (stance 'supports') or denies ('denies') the claim, in these articles, in these sentences
//
// All values are loaded as query parameters; labels and relationship types come only from the
// fixed sets above, never from article text.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);

// Full-text search over names and every alias: CALL db.index.fulltext.queryNodes('entity_names', 'Lindqvist~')
// Eventually consistent: Lucene is updated just after each commit instead of inside it, which
// made entity writes about twice as fast in `newsgraph bench load`. The loader waits for the
// index to catch up (db.index.fulltext.awaitEventuallyConsistentIndexRefresh) before it returns.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// No indexes on fact relationships, on purpose: every fact write would pay for them, and facts
// are reached from their entities. To search the sentences behind facts, scan them:
//   MATCH (s)-[r]->(o) WHERE any(t IN r.evidenceTexts WHERE toLower(t) CONTAINS 'strike') RETURN s, r, o
// or, on a large graph you query more than you load, add a full-text index yourself:
//   CREATE FULLTEXT INDEX fact_sentences IF NOT EXISTS FOR ()-[r:LEADS|MET_WITH|...]-() ON EACH [r.evidenceTexts]
