package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a graph into Neo4j over the Java Driver: the same code for the embedded server and an
 * external one. Schema first, then batched {@code UNWIND $rows ... MERGE} in managed write
 * transactions (retried by the driver on transient errors), all data as parameters.
 *
 * <p>Loading is idempotent (the same input twice leaves the same graph) and incremental: an
 * article already in the database that arrives again is <em>replaced</em>. What the input says
 * about it again is written in place; its old evidence, events and mentions that the input no
 * longer has are swept at {@link #finish()}, so a changed article never leaves stale or duplicate
 * evidence, and an unchanged one is neither deleted nor recreated. This relies on the GraphSink
 * order (articles first). Every written node and relationship carries {@code loadedAt}.
 */
public final class Neo4jLoader implements GraphSink {
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jLoader.class);
    public static final int DEFAULT_BATCH = 10_000;
    /** Articles carry their full text: smaller batches keep transactions modest. */
    private static final int ARTICLE_BATCH = 500;

    private final Driver driver;
    private final String database;
    private final int batchSize;
    private final boolean applySchema;

    private final List<Article> articles = new ArrayList<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    /** Event sentences found while reading facts, written after each batch of facts. */
    private final List<Map<String, Object>> eventTexts = new ArrayList<>();
    private final Set<String> articlesThisLoad = new HashSet<>();
    /** Which events of this load get which sentence, offered fact by fact. */
    private final EventSentences eventSentences = new EventSentences();

    private final Set<String> replaced = new HashSet<>();
    private OffsetDateTime loadedAt;
    private Session session;
    private EntityWriter entityWriter;
    private FactWriter facts;
    private LoadLease lease;
    private boolean graphRecordsWritten;
    private long nArticles;
    private long nEntities;
    private long nEvents;
    private long nFacts;
    private long nReplaced;
    private final long[] changes = new long[5];

    public Neo4jLoader(Driver driver, String database, int batchSize) {
        this(driver, database, batchSize, true);
    }

    Neo4jLoader(Driver driver, String database, int batchSize, boolean applySchema) {
        this.driver = driver;
        this.database = database;
        this.batchSize = Math.max(1, batchSize);
        this.applySchema = applySchema;
    }

    public static Neo4jLoader to(Neo4jTarget target) {
        return new Neo4jLoader(target.driver(), target.database(), DEFAULT_BATCH);
    }

    /** Loads a whole in-memory graph and returns the counts. */
    public static LoadCounts load(Neo4jTarget target, Graph graph) {
        Neo4jLoader loader = to(target);
        GraphSink.replay(graph, loader);
        return loader.counts();
    }

    @Override
    public void start() {
        if (applySchema) {
            Neo4jSchema.apply(driver, database);
        }
        // Replacement sweeps are only correct when no other load writes at the same time.
        lease = LoadLease.acquire(driver, database);
        session = driver.session(SessionConfig.forDatabase(database));
        // Unique per load: the stamp that tells this load's writes from earlier ones. A datetime
        // rather than a string: it is stored inline in the property record (a string this long
        // costs one more store record for every node and relationship written).
        loadedAt = LoadStamp.next();
        entityWriter = new EntityWriter(session, batchSize, loadedAt, this::add);
        facts = new FactWriter(session, batchSize, loadedAt, replaced, this::add);
    }

    @Override
    public void article(Article article) {
        if (!articlesThisLoad.add(article.id())) {
            LOG.warn("article {} appears twice in this input; the last one wins", article.id());
        }
        articles.add(article);
        nArticles++;
        if (articles.size() >= ARTICLE_BATCH) {
            flushArticles();
        }
    }

    @Override
    public void entity(Entity entity) {
        flushArticles();
        graphRecordsWritten = true;
        entityWriter.add(entity);
        nEntities++;
    }

    @Override
    public void event(Event event) {
        flushArticles();
        flushAllEntities();
        events.add(Rows.event(event));
        eventSentences.stated(event);
        nEvents++;
        if (events.size() >= batchSize) {
            flushEvents();
        }
    }

    @Override
    public void fact(Fact fact) {
        flushArticles();
        flushAllEntities();
        flushEvents();
        graphRecordsWritten = true;
        collectEventTexts(fact);
        nFacts++;
        if (facts.add(fact)) {
            flushEventTexts();
        }
    }

    @Override
    public void finish() {
        try {
            flushArticles();
            flushAllEntities();
            flushEvents();
            facts.flush();
            flushEventTexts();
            sweepReplaced();
            ReplacedArticles.awaitNameIndex(session);
        } finally {
            try {
                if (session != null) {
                    session.close();
                    session = null;
                }
            } finally {
                if (lease != null) {
                    lease.close();
                    lease = null;
                }
            }
        }
        LOG.debug("neo4j load: {}", counts().summary());
    }

    /**
     * The events of this load stated in the fact's sentences get that sentence (once per event);
     * the event the fact names, if loaded earlier, gets the fact's first sentence if it has none.
     */
    private void collectEventTexts(Fact fact) {
        for (EventSentences.Offer o : eventSentences.offers(fact)) {
            eventTexts.add(Map.of("id", o.event(), "text", o.text(), "exact", o.exact()));
        }
    }

    private void flushEventTexts() {
        write(LoaderCypher.EVENT_TEXTS, eventTexts);
    }

    public LoadCounts counts() {
        return new LoadCounts(nArticles, nEntities, nEvents, nFacts, nReplaced, changes[0], changes[1], changes[2],
                changes[3], changes[4]);
    }

    private void flushArticles() {
        if (articles.isEmpty()) {
            return;
        }
        List<Article> batch = List.copyOf(articles);
        articles.clear();
        boolean mayReplace = !graphRecordsWritten;
        if (!mayReplace) {
            LOG.warn("articles {} came after entities, events or facts: their old evidence is kept (write articles first)",
                    batch.stream().map(Article::id).distinct().toList());
        }
        ReplacedArticles.write(session, batch, loadedAt, mayReplace, replaced::add, this::add);
    }

    /** Removes what the replaced articles said before and this load did not say again. */
    private void sweepReplaced() {
        ReplacedArticles.sweep(session, replaced, loadedAt, this::add);
        nReplaced += replaced.size();
        replaced.clear();
    }

    private void flushAllEntities() {
        entityWriter.flush();
    }

    private void flushEvents() {
        write(LoaderCypher.EVENTS, events);
    }

    private void write(String query, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> batch = List.copyOf(rows);
        rows.clear();
        graphRecordsWritten = true;
        Map<String, Object> params = Map.of("rows", batch, "loadedAt", loadedAt);
        SummaryCounters c = session.executeWrite(tx -> tx.run(query, params).consume().counters());
        add(c);
    }

    private void add(SummaryCounters c) {
        changes[0] += c.nodesCreated();
        changes[1] += c.relationshipsCreated();
        changes[2] += c.nodesDeleted();
        changes[3] += c.relationshipsDeleted();
        changes[4] += c.propertiesSet();
    }
}
