package io.newsgraph.sink.neo4j;

/**
 * The Neo4j Browser guide ({@code :play}) and style ({@code :style}) for a newsgraph graph. The
 * embedded server serves both; cypher/guide.html and cypher/style.grass are copies for users of
 * an external server (BrowserGuideTest keeps them equal).
 */
public final class BrowserGuide {
    private BrowserGuide() {
    }

    /** Colours and captions per label: people blue, organisations orange, places green. */
    public static String grass() {
        return """
                node {
                  diameter: 50px;
                  color: #A5ABB6;
                  border-color: #9AA1AC;
                  border-width: 2px;
                  text-color-internal: #FFFFFF;
                  font-size: 10px;
                  caption: "{name}";
                }
                relationship {
                  color: #A5ABB6;
                  shaft-width: 2px;
                  font-size: 8px;
                  padding: 3px;
                  text-color-external: #000000;
                  text-color-internal: #FFFFFF;
                  caption: "<type>";
                }
                node.Person {
                  color: #4C8EDA;
                  border-color: #2870C2;
                  diameter: 55px;
                  caption: "{name}";
                }
                node.Organization {
                  color: #F79767;
                  border-color: #F36924;
                  diameter: 60px;
                  caption: "{name}";
                }
                node.Location {
                  color: #57C7E3;
                  border-color: #23B3D7;
                  caption: "{name}";
                }
                node.Product {
                  color: #D9C8AE;
                  border-color: #C0A378;
                  text-color-internal: #2A2C34;
                  caption: "{name}";
                }
                node.NamedEvent {
                  color: #C990C0;
                  border-color: #B261A5;
                  caption: "{name}";
                }
                node.Other {
                  color: #A5ABB6;
                  border-color: #9AA1AC;
                  caption: "{name}";
                }
                node.Article {
                  color: #FFE081;
                  border-color: #9F8B4C;
                  text-color-internal: #2A2C34;
                  diameter: 40px;
                  caption: "{title}";
                }
                node.Event {
                  color: #F16667;
                  border-color: #EB2728;
                  diameter: 35px;
                  caption: "{type}";
                }
                relationship.MENTIONS {
                  color: #E0E0E0;
                  shaft-width: 1px;
                }
                relationship.REPORTED_IN {
                  color: #E0E0E0;
                  shaft-width: 1px;
                }
                """;
    }

    public static String html() {
        return """
                <article class="guide">
                  <carousel class="deck container-fluid">
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>newsgraph: who did what to whom</h3>
                        <p>This database holds a knowledge graph read from news articles. Every fact is a
                        relationship between two entities and carries the sentences that state it.</p>
                        <ul>
                          <li><b>:Entity</b> nodes with a type label: <b>:Person</b>, <b>:Organization</b>,
                          <b>:Location</b>, <b>:Product</b>, <b>:NamedEvent</b>, <b>:Other</b>. Properties: id, name,
                          aliases, mentions, articleCount.</li>
                          <li><b>:Article</b> nodes (id, title, source, published, url, author, text), linked to the
                          entities they mention by <b>:MENTIONS</b>.</li>
                          <li><b>:Event</b> nodes (id, type, date, sentence, text), linked to their participants by
                          <b>:AGENT</b>, <b>:RECIPIENT</b>, <b>:TOPIC</b>, <b>:PLACE</b> and to the article by
                          <b>:REPORTED_IN</b>.</li>
                          <li>Facts: relationships typed by predicate (<b>:LEADS</b>, <b>:MET_WITH</b>,
                          <b>:CRITICIZED</b>, ...) with factId, confidence, polarity, modality, attributedTo and the
                          evidence lists (evidenceArticles, evidenceTexts, ...).</li>
                        </ul>
                        <p>First, apply the newsgraph colours and captions (click, then run):</p>
                        <pre class="pre-scrollable code runnable">:style %1$s/style.grass</pre>
                      </div>
                    </slide>
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>What is in the graph</h3>
                        <p>Counts per label:</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH (n)
                UNWIND labels(n) AS label
                RETURN label, count(*) AS nodes ORDER BY nodes DESC</pre>
                        <p>Facts per predicate, with how many are negated or hypothetical:</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH ()-[r]->() WHERE r.factId IS NOT NULL
                RETURN type(r) AS predicate, count(*) AS facts,
                       sum(CASE WHEN r.polarity = 'negative' THEN 1 ELSE 0 END) AS negated,
                       sum(CASE WHEN r.modality = 'hypothetical' THEN 1 ELSE 0 END) AS hypothetical
                ORDER BY facts DESC</pre>
                      </div>
                    </slide>
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Find someone</h3>
                        <p>Names and aliases are in a full-text index, so partial and alternative names work:</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">CALL db.index.fulltext.queryNodes('entity_names', 'Lindqvist~')
                YIELD node, score
                RETURN node.name AS name, labels(node) AS labels, node.aliases AS aliases, score
                LIMIT 10</pre>
                        <p>Then look at everything around one entity (double-click nodes to expand):</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH (e:Entity) WHERE e.name = 'Maria Lindqvist'
                MATCH p = (e)-[r]-(other:Entity) WHERE r.factId IS NOT NULL
                RETURN p</pre>
                      </div>
                    </slide>
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Every fact with its source sentence</h3>
                        <p>A fact is only as good as the sentence behind it. Negated (polarity negative) and
                        hypothetical (modality hypothetical) statements are kept with their marks: they are not
                        claims.</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH (s:Entity)-[r]->(o:Entity) WHERE r.factId IS NOT NULL
                RETURN s.name AS subject, type(r) AS predicate, o.name AS object,
                       r.polarity AS polarity, r.modality AS modality, r.attributedTo AS according_to,
                       r.evidenceArticles AS articles, r.evidenceTexts AS sentences
                ORDER BY r.confidence DESC LIMIT 50</pre>
                      </div>
                    </slide>
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>Who is connected to whom</h3>
                        <p>Shortest chains of facts between two people or organisations:</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH (a:Entity {name: 'Maria Lindqvist'}), (b:Entity {name: 'Kalev Power'})
                MATCH p = allShortestPaths((a)-[*..6]-(b))
                WHERE all(r IN relationships(p) WHERE r.factId IS NOT NULL)
                RETURN p</pre>
                        <p>Events on a timeline, with who acted on whom:</p>
                        <pre mode="cypher" class="pre-scrollable code runnable">MATCH (ev:Event)-[:REPORTED_IN]->(a:Article)
                OPTIONAL MATCH (ev)-[:AGENT]->(agent)
                OPTIONAL MATCH (ev)-[:RECIPIENT]->(recipient)
                RETURN ev.date AS date, ev.type AS event, agent.name AS agent, recipient.name AS recipient,
                       a.title AS article, ev.text AS sentence
                ORDER BY date</pre>
                      </div>
                    </slide>
                    <slide class="row-fluid">
                      <div class="col-sm-12">
                        <h3>More questions</h3>
                        <p>The file <code>cypher/queries.cypher</code> in newsgraph holds more than a dozen analyst
                        queries (who leads which organisation, facts reported by two or more articles, the most
                        connected entities, ...), each with its parameters. Set a parameter in Browser with
                        <code>:param name =&gt; 'Maria Lindqvist'</code> and paste the query.</p>
                        <p>Edits you make here (new facts, renamed entities) are part of the graph: newsgraph's RDF
                        export and map read it back with <code>--from neo4j</code>.</p>
                      </div>
                    </slide>
                  </carousel>
                </article>
                """.formatted("NEWSGRAPH_BASE");
    }

    /** The guide with its style link pointing at where it is served. */
    public static String html(String baseUrl) {
        return html().replace("NEWSGRAPH_BASE", baseUrl);
    }
}
