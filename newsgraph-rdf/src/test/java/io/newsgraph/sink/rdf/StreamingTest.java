package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming formats write as records arrive: most of the output is out before finish(), so
 * nothing is buffered; JSON-LD and RDF/XML (which cannot stream) write everything at the end.
 */
class StreamingTest {
    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void streamingFormatsWriteBeforeTheEnd(RdfFormat format) {
        AtomicLong written = new AtomicLong();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                written.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.addAndGet(len);
            }
        };
        long[] beforeFinish = new long[1];
        Graph small = TestGraphs.small();
        Fact template = small.facts().get(1);
        RdfExport.write(sink -> {
            GraphSink spy = new GraphSink() {
                @Override
                public void start() {
                    sink.start();
                }

                @Override
                public void article(io.newsgraph.model.Article a) {
                    sink.article(a);
                }

                @Override
                public void entity(io.newsgraph.model.Entity e) {
                    sink.entity(e);
                }

                @Override
                public void event(io.newsgraph.model.Event e) {
                    sink.event(e);
                }

                @Override
                public void fact(Fact f) {
                    sink.fact(f);
                }

                @Override
                public void finish() {
                    beforeFinish[0] = written.get();
                    sink.finish();
                }
            };
            spy.start();
            small.articles().forEach(spy::article);
            small.entities().forEach(spy::entity);
            for (int i = 0; i < 1_000; i++) {
                spy.fact(new Fact("fact/many-" + i, template.subject(), template.predicate(), template.object(),
                        template.subjectId(), template.objectId(), template.polarity(), template.modality(), null, null,
                        null, null, template.evidence()));
            }
            spy.finish();
        }, format, IriMinter.defaults(), out);

        assertThat(format.streaming()).isEqualTo(format != RdfFormat.JSONLD && format != RdfFormat.RDFXML);
        if (format.streaming()) {
            assertThat(beforeFinish[0]).as("%s bytes out before finish", format).isGreaterThan(written.get() * 9 / 10);
        } else {
            assertThat(beforeFinish[0]).as("%s buffers", format).isZero();
        }
    }
}
