package io.newsgraph.sink.rdf;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.stream.GraphSink;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * What an export wrote: records in, claims and triples and quads out (statements as streamed,
 * before any de-duplication). {@code claims} is 0 for an export without claims.
 */
public record ExportStats(long articles, long entities, long events, long facts, long claims, long statements) {

    /** Counts records on the way into the RDF sink and statements on the way out of it. */
    static final class Counting extends StreamRDFWrapper {
        private long articles;
        private long entities;
        private long events;
        private long facts;
        private long claims;
        private long statements;

        Counting(StreamRDF out) {
            super(out);
        }

        @Override
        public void triple(Triple triple) {
            statements++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            statements++;
            super.quad(quad);
        }

        GraphSink wrap(GraphSink sink) {
            return new GraphSink() {
                @Override
                public void start() {
                    sink.start();
                }

                @Override
                public void article(Article a) {
                    articles++;
                    sink.article(a);
                }

                @Override
                public void entity(Entity e) {
                    entities++;
                    sink.entity(e);
                }

                @Override
                public void event(Event e) {
                    events++;
                    sink.event(e);
                }

                @Override
                public void fact(Fact f) {
                    facts++;
                    sink.fact(f);
                }

                @Override
                public void finish() {
                    sink.finish();
                }
            };
        }

        void claimsWritten(long count) {
            claims = count;
        }

        ExportStats stats() {
            return new ExportStats(articles, entities, events, facts, claims, statements);
        }
    }

    public long records() {
        return articles + entities + events + facts;
    }
}
