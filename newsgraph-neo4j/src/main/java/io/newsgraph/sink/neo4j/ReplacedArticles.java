package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Article;
import io.newsgraph.model.Evidence;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The two ends of replacing articles, shared by the one-process loader and the per-partition
 * writes: writing a batch of articles while noting which were in the database already, and, once
 * everything of the load is written, sweeping what those articles said before and this load did
 * not say again (see {@link LoaderCypher}).
 */
final class ReplacedArticles {
    private ReplacedArticles() {
    }

    /**
     * Writes the articles in one transaction; with {@code mayReplace}, the ids of those already in
     * the database go to {@code replaced} once it committed.
     */
    static void write(Session session, List<Article> articles, OffsetDateTime loadedAt, boolean mayReplace,
                      Consumer<String> replaced, Consumer<SummaryCounters> counters) {
        List<String> ids = articles.stream().map(Article::id).distinct().toList();
        List<Map<String, Object>> rows = articles.stream().map(Rows::article).toList();
        record Written(List<String> existing, SummaryCounters counters) {
        }
        // Kept only once the transaction committed: a retried attempt must not count or mark twice.
        Written w = session.executeWrite(tx -> {
            List<String> existing = new ArrayList<>();
            if (mayReplace) {
                tx.run(LoaderCypher.EXISTING_ARTICLES, Map.of("ids", ids)).single().get("ids").asList()
                        .forEach(id -> existing.add((String) id));
            }
            return new Written(existing, tx.run(LoaderCypher.ARTICLES, Map.of("rows", rows, "loadedAt", loadedAt)).consume().counters());
        });
        w.existing().forEach(replaced);
        counters.accept(w.counters());
    }

    /** Removes what the replaced articles said before and the load stamped {@code loadedAt} did not say again. */
    static void sweep(Session session, Set<String> replaced, OffsetDateTime loadedAt, Consumer<SummaryCounters> counters) {
        if (replaced.isEmpty()) {
            return;
        }
        Map<String, Object> p = Map.of("replaced", List.copyOf(replaced), "loadedAt", loadedAt);
        List<SummaryCounters> done = session.executeWrite(tx -> {
            List<SummaryCounters> written = new ArrayList<>();
            written.add(tx.run(LoaderCypher.SWEEP_FACTS_DELETE, p).consume().counters());
            List<Map<String, Object>> trimmed = new ArrayList<>();
            for (Record r : tx.run(LoaderCypher.SWEEP_FACTS_TO_TRIM, p).list()) {
                List<Evidence> kept = EvidenceLists.merge(EvidenceLists.read(r.get("old")), List.of(), false, replaced);
                trimmed.add(Map.of("id", r.get("id").asString(), "evidence", EvidenceLists.properties(kept)));
            }
            if (!trimmed.isEmpty()) {
                written.add(tx.run(LoaderCypher.SET_EVIDENCE_BY_ELEMENT_ID, Map.of("rows", trimmed)).consume().counters());
            }
            for (String q : List.of(LoaderCypher.SWEEP_EVENTS, LoaderCypher.SWEEP_MENTIONS)) {
                written.add(tx.run(q, p).consume().counters());
            }
            return written;
        });
        done.forEach(counters);
    }

    /** The name index is eventually consistent (cheaper writes): a load is over when a search by name finds what it wrote. */
    static void awaitNameIndex(Session session) {
        session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
    }
}
