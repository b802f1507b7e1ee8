package io.newsgraph.claims;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;

import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps what {@link Claims} reads (articles with their text, entities, facts; not
 * events) so that a streaming output can add the claims when the stream ends. Claims need the
 * whole graph: a claim's outlets compare the texts of all its articles and a statement's stance
 * can depend on the next sentence of its article, so they cannot be emitted record by record.
 * This is the memory a claims-writing export costs: the graph minus its events, held until finish.
 *
 * <p>{@link #claims()} computes them once, on first call after the stream has delivered its
 * records; several outputs of one tee (run's Turtle and TriG) can share one collector.
 */
public final class ClaimsCollector implements GraphSink {
    private final List<Article> articles = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private List<Claim> claims;

    @Override
    public void start() {
        articles.clear();
        entities.clear();
        facts.clear();
        claims = null;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void entity(Entity entity) {
        entities.add(entity);
    }

    @Override
    public void event(Event event) {
        // Claims are about facts; an event's facts arrive as facts.
    }

    @Override
    public void fact(Fact fact) {
        facts.add(fact);
    }

    @Override
    public void finish() {
    }

    /** The claims of everything received so far, computed on the first call and kept. */
    public List<Claim> claims() {
        if (claims == null) {
            claims = Claims.of(new Graph(articles, entities, facts, List.of()));
        }
        return claims;
    }
}
