package io.newsgraph.model.stream;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it receives, for callers that need the whole graph in memory. */
public final class GraphCollector implements GraphSink {
    private final List<Article> articles = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final boolean keepEvents;

    /** Keeps every record. */
    public GraphCollector() {
        this(true);
    }

    private GraphCollector(boolean keepEvents) {
        this.keepEvents = keepEvents;
    }

    /** Keeps articles, entities and facts, and drops events: for readers of facts only, at less memory. */
    public static GraphCollector withoutEvents() {
        return new GraphCollector(false);
    }

    /** Records of several streams add up (a map of several inputs). */
    @Override
    public void start() {
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
        if (keepEvents) {
            events.add(event);
        }
    }

    @Override
    public void fact(Fact fact) {
        facts.add(fact);
    }

    @Override
    public void finish() {
    }

    public Graph graph() {
        return new Graph(articles, entities, facts, events);
    }
}
