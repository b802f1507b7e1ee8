package io.newsgraph.claims;

import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.model.stream.GraphSink;

import java.util.List;

/**
 * Keeps what {@link Claims} reads (articles with their text, entities, facts; not events) so that a
 * streaming output can add the claims when the stream ends. Claims need the whole graph: a claim's
 * outlets compare the texts of all its articles and a statement's stance can depend on the next
 * sentence of its article, so they cannot be emitted record by record. This is the memory a
 * claims-writing export costs: the graph minus its events, held until the end.
 *
 * <p>Feed {@link #sink()} ahead of the outputs that read {@link #claims()} (in a tee, several outputs
 * can share one collector: the claims are computed once, on the first call after the stream ended).
 * One collector serves one stream.
 */
public final class ClaimsCollector {
    private final GraphCollector kept = GraphCollector.withoutEvents();
    private List<Claim> claims;

    /** The sink that keeps the records; it must receive the whole stream before claims() is called. */
    public GraphSink sink() {
        return kept;
    }

    /** The claims of everything received, computed on the first call and kept. */
    public List<Claim> claims() {
        if (claims == null) {
            claims = Claims.of(kept.graph());
        }
        return claims;
    }
}
