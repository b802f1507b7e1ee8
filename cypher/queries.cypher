// newsgraph: analyst queries for Neo4j Browser (or cypher-shell).
//
// Each query has a number, a title, what it answers, and its parameters with defaults. In
// Browser, run the ":param" lines first (or change the values), then the query. Facts are
// relationships with a factId; only facts with polarity 'positive' and a modality other than
// 'hypothetical' are claims: negated and hypothetical statements are kept, and marked.
// QueriesIT runs every query here against a test graph and checks its rows.

// [Q1] Everyone a person communicated with
// Answers: whom did this person talk to, meet or interview (either direction), according to
// which sentence; negated or hypothetical contacts are listed with claim = false.
// :param person => 'Elon Musk'
MATCH (p:Person {name: $person})-[r:COMMUNICATED_WITH|MET_WITH|INTERVIEWED]-(other:Entity)
RETURN other.name AS contact, labels(other) AS labels, type(r) AS how,
       r.polarity = 'positive' AND r.modality <> 'hypothetical' AS claim,
       r.polarity AS polarity, r.modality AS modality, r.evidenceArticles AS articles,
       r.evidenceTexts AS sentences
ORDER BY claim DESC, contact;

// [Q2] Shortest paths between two people
// Answers: how are these two connected through stated facts (ignoring article mentions and
// event links)? Every shortest chain, up to six facts long.
// :param from => 'Vladimir Putin'
// :param to => 'Elon Musk'
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.factId IS NOT NULL)
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS predicates,
       length(p) AS hops, p;

// [Q3] Facts with their source sentences
// Answers: every fact, one row per sentence that states it, with the article it comes from,
// most confident first.
// :param minConfidence => 0.0
// :param limit => 200
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.factId IS NOT NULL AND r.confidence >= $minConfidence
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
MATCH (a:Article {id: r.evidenceArticles[i]})
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.polarity AS polarity,
       r.modality AS modality, r.evidenceTexts[i] AS sentence, a.title AS article, a.source AS source,
       a.published AS published, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end,
       r.evidenceConfidences[i] AS confidence
ORDER BY confidence DESC, subject, predicate, object
LIMIT $limit;

// [Q4] Facts reported by two or more articles
// Answers: which statements are corroborated by several independent articles?
// :param minArticles => 2
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.factId IS NOT NULL AND r.articleCount >= $minArticles
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.articleCount AS articles,
       r.evidenceArticles AS articleIds, r.polarity AS polarity, r.modality AS modality
ORDER BY articles DESC, subject;

// [Q5] Negated and hypothetical statements
// Answers: what did articles say did NOT happen, or might / would / should happen? These are
// never claims; check them before quoting a fact.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.factId IS NOT NULL AND (r.polarity = 'negative' OR r.modality = 'hypothetical')
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.polarity AS polarity,
       r.modality AS modality, r.attributedTo AS according_to, r.evidenceTexts AS sentences
ORDER BY subject, predicate;

// [Q6] Events on a timeline
// Answers: what happened when, who acted on whom, where, and in which article? Dates are ISO
// strings (or prefixes such as '2024'), so string comparison orders them.
// :param fromDate => '0000'
// :param toDate => '9999'
MATCH (ev:Event)
WHERE ev.date >= $fromDate AND ev.date <= $toDate
OPTIONAL MATCH (ev)-[:REPORTED_IN]->(a:Article)
RETURN ev.date AS date, ev.type AS event,
       [(ev)-[:AGENT]->(x) | x.name] AS agents, [(ev)-[:RECIPIENT]->(x) | x.name] AS recipients,
       [(ev)-[:TOPIC]->(x) | x.name] AS topics, [(ev)-[:PLACE]->(x) | x.name] AS places,
       a.title AS article, ev.text AS sentence
ORDER BY date, event;

// [Q7] Who leads or works for which organisation
// Answers: leaders, founders, employees and members of organisations, and who heads which
// place (mayors, presidents), with the modality so hypothetical ones stand out.
MATCH (p:Entity)-[r:LEADS|FOUNDED|WORKS_FOR|MEMBER_OF]->(o:Entity)
WHERE o:Organization OR (o:Location AND type(r) = 'LEADS')
RETURN p.name AS who, type(r) AS role, o.name AS organisation, labels(o) AS labels,
       r.polarity AS polarity, r.modality AS modality, r.evidenceTexts[0] AS sentence
ORDER BY organisation, role, who;

// [Q8] The most connected entities
// Answers: who or what takes part in the most facts (either direction), and in how many articles.
// :param limit => 10
MATCH (e:Entity)-[r]-(:Entity)
WHERE r.factId IS NOT NULL
RETURN e.name AS entity, labels(e) AS labels, count(r) AS facts, e.articleCount AS articles
ORDER BY facts DESC, entity
LIMIT $limit;

// [Q9] An entity's neighbourhood
// Answers: everything within two facts of an entity, nearest first. In Browser, return p
// instead to draw it.
// :param name => 'Elon Musk'
MATCH (e:Entity {name: $name})
MATCH p = (e)-[*1..2]-(n:Entity)
WHERE n <> e AND all(r IN relationships(p) WHERE r.factId IS NOT NULL)
WITH n, min(length(p)) AS distance
RETURN n.name AS neighbour, labels(n) AS labels, distance
ORDER BY distance, neighbour;

// [Q10] Full-text search by name or alias
// Answers: which entities go by this name or a similar one ("Musk", "SpaceX CEO", misspelt:
// add ~ for fuzzy search)? Lucene syntax.
// :param q => 'Musk'
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.name AS name, labels(node) AS labels, node.aliases AS aliases, score
ORDER BY score DESC, name;

// [Q11] What one article says
// Answers: every fact stated in one article, sentence by sentence, in reading order.
// :param article => 'musk-putin-calls'
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.factId IS NOT NULL AND $article IN r.evidenceArticles
UNWIND [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = $article] AS i
RETURN r.evidenceStarts[i] AS start, s.name AS subject, type(r) AS predicate, o.name AS object,
       r.polarity AS polarity, r.modality AS modality, r.evidenceTexts[i] AS sentence
ORDER BY start, subject, predicate;

// [Q12] Who said what: attributed statements
// Answers: statements the article reports from someone else ("X said", "according to"), and
// who they are attributed to.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.factId IS NOT NULL AND r.attributedTo IS NOT NULL
RETURN r.attributedTo AS according_to, s.name AS subject, type(r) AS predicate, o.name AS object,
       r.polarity AS polarity, r.modality AS modality, r.evidenceTexts[0] AS sentence
ORDER BY according_to, subject;

// [Q13] Mentioned together
// Answers: which entities appear in the same articles as this one, and in how many?
// :param name => 'Elon Musk'
MATCH (e:Entity {name: $name})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> e
RETURN other.name AS entity, labels(other) AS labels, count(DISTINCT a) AS articles,
       collect(DISTINCT a.title) AS titles
ORDER BY articles DESC, entity;

// [Q14] Contradictions
// Answers: pairs stated both ways: the same subject, predicate and object appear in a
// positive fact and in a negative one (possibly from different articles or sources).
MATCH (s:Entity)-[pos]->(o:Entity), (s)-[neg]->(o)
WHERE pos.factId IS NOT NULL AND neg.factId IS NOT NULL AND type(pos) = type(neg)
  AND pos.polarity = 'positive' AND neg.polarity = 'negative'
RETURN s.name AS subject, type(pos) AS predicate, o.name AS object,
       pos.evidenceTexts AS says_yes, pos.attributedTo AS yes_according_to,
       neg.evidenceTexts AS says_no, neg.attributedTo AS no_according_to
ORDER BY subject, predicate;

// [Q15] Sources about an entity
// Answers: which articles (and outlets) mention this entity or state facts about it, newest first.
// :param name => 'Elon Musk'
MATCH (e:Entity {name: $name})
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e) RETURN a
  UNION
  MATCH (e)-[r]-(:Entity) WHERE r.factId IS NOT NULL
  UNWIND r.evidenceArticles AS id
  MATCH (a:Article {id: id}) RETURN a
}
RETURN a.id AS article, a.title AS title, a.source AS source, a.published AS published, a.url AS url,
       size([(e)-[r]-(:Entity) WHERE a.id IN r.evidenceArticles | r]) AS facts
ORDER BY published DESC, article;

// [Q16] Hostility network
// Answers: who criticised, threatened, attacked, sanctioned, killed, refused or denied whom,
// as claims only (negated and hypothetical statements left out: see Q5).
MATCH (s:Entity)-[r:CRITICIZED|THREATENED|ATTACKED|SANCTIONED|KILLED|REFUSED|DENIED]->(o:Entity)
WHERE r.polarity = 'positive' AND r.modality <> 'hypothetical'
RETURN s.name AS actor, type(r) AS act, o.name AS target, r.modality AS modality,
       r.articleCount AS articles, r.evidenceTexts[0] AS sentence
ORDER BY articles DESC, actor;

// [Q17] Disputed claims
// Answers: which claims are both asserted and denied, who asserts and who denies each, and how
// many independent outlets stand on each side (syndicated copies count once). Claims are the
// :Claim nodes every load recomputes (see schema.cypher and docs/claims.md).
MATCH (c:Claim {status: 'disputed'})
OPTIONAL MATCH (c)-[b:CLAIMED_BY]->(speaker:Entity)
WITH c, collect(CASE WHEN b.stance = 'supports' THEN speaker.name END) AS asserted_by,
     collect(CASE WHEN b.stance = 'denies' THEN speaker.name END) AS denied_by
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object, c.outlets AS outlets,
       c.denyingOutlets AS denying_outlets, asserted_by, denied_by, c.firstReported AS first_reported
ORDER BY outlets DESC, subject, predicate;

// [Q18] Claims by a speaker
// Answers: what does this person or organisation assert or deny, in which articles, and where does
// each claim stand now?
// :param speaker => 'Dmitry Peskov'
MATCH (s:Entity {name: $speaker})<-[b:CLAIMED_BY]-(c:Claim)
RETURN c.subject AS subject, c.predicate AS predicate, c.object AS object, b.stance AS stance,
       c.status AS status, b.articles AS articles, b.quotes[0] AS quote
ORDER BY stance DESC, subject, predicate;

// [Q19] Claims about an entity by status
// Answers: how do the claims about this entity stand: how many are corroborated, single-source,
// disputed, denied or only hypothetical, and which?
// :param name => 'Elon Musk'
MATCH (e:Entity {name: $name})<-[:SUBJECT|OBJECT]-(c:Claim)
WITH c.status AS status, c ORDER BY c.outlets DESC, c.subject
RETURN status, count(c) AS claims, collect(c.subject + ' ' + c.predicate + ' ' + c.object) AS which
ORDER BY claims DESC, status;

// [Q20] First reports in a date range
// Answers: which claims were first reported between these dates (article published dates, ISO
// text; a prefix such as '2024-10' works too), with their status now.
// :param since => '2024-01-01'
// :param until => '2025-12-31'
MATCH (c:Claim)
WHERE c.firstReported >= $since AND c.firstReported <= $until
RETURN c.firstReported AS first_reported, c.lastReported AS last_reported, c.subject AS subject,
       c.predicate AS predicate, c.object AS object, c.status AS status, c.outlets AS outlets
ORDER BY first_reported, subject, predicate;

// [Q21] Threats against an entity since a date
// Answers: who threatened this entity on or after this date (ISO text, or a prefix such as
// '2024-10'), how (the event's CAMEO code: 13 threaten and its subcodes, e.g. 138 threaten with
// military force), and in which article? Only events with a CAMEO code of root 13 count; an event
// whose code is unknown (ev.cameo unset) is left out, see Q6 for every event.
// :param name => 'Ukraine'
// :param since => '2022-01-01'
MATCH (target:Entity {name: $name})<-[:RECIPIENT]-(ev:Event)
WHERE ev.cameo STARTS WITH '13' AND ev.date >= $since
OPTIONAL MATCH (ev)-[:REPORTED_IN]->(a:Article)
RETURN ev.date AS date, ev.cameo AS cameo, [(ev)-[:AGENT]->(x) | x.name] AS by, a.title AS article,
       ev.text AS sentence
ORDER BY date, cameo;

// [Q22] Conflict and cooperation between an entity and its counterparts
// Answers: with whom did this entity take part in CAMEO-coded events, how many, and how did they
// lean on the Goldstein scale (ev.goldstein: -10 a military attack ... +10 military aid): the
// mean weight, the most conflictual event, and how many were conflict (below 0) and how many
// cooperation (above 0)? The entity may be the agent or the recipient; events whose code is
// unknown (ev.goldstein unset) are left out.
// :param name => 'Elon Musk'
MATCH (e:Entity {name: $name})<-[:AGENT|RECIPIENT]-(ev:Event)-[:AGENT|RECIPIENT]->(other:Entity)
WHERE other <> e AND ev.goldstein IS NOT NULL
WITH other, collect(DISTINCT ev) AS events
RETURN other.name AS counterpart, size(events) AS events,
       round(reduce(s = 0.0, x IN events | s + x.goldstein) / size(events), 1) AS mean_goldstein,
       reduce(m = 10.0, x IN events | CASE WHEN x.goldstein < m THEN x.goldstein ELSE m END) AS most_conflictual,
       size([x IN events WHERE x.goldstein < 0]) AS conflict,
       size([x IN events WHERE x.goldstein > 0]) AS cooperation
ORDER BY mean_goldstein, counterpart;

// [Q23] Why these names are one node
// Answers: which names were merged into this entity (found by its name or any of its aliases),
// the reason each was joined for (short name, nickname, acronym in brackets, surname with
// particle, initial, same first and last name, spelling variant, title, known name, same id)
// and the name it was joined to, and which rule decided the entity's type (typeRule).
// :param name => 'Elon Musk'
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
UNWIND range(0, size(coalesce(e.mergedAliases, [])) - 1) AS i
RETURN e.name AS entity, e.type AS type, e.typeRule AS typeRule, e.mergedAliases[i] AS alias,
       e.mergeReasons[i] AS reason, e.mergedInto[i] AS joinedTo
ORDER BY entity, alias;
