package io.newsgraph.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The per-article half of extraction, run in {@code mapPartitions}: each article of the partition
 * is annotated and run through the extractor chain by this JVM's shared pipeline, lazily, one at a
 * time, so a partition is never held whole. An article whose extraction fails is logged, counted
 * and left out, as {@code extract} leaves it out. Holds only serializable state.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Numbered>, Extracted> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

    private final LongAccumulator failures;

    ExtractPartition(LongAccumulator failures) {
        this.failures = failures;
    }

    @Override
    public Iterator<Extracted> call(Iterator<Numbered> articles) {
        return new Iterator<>() {
            private Extracted next;

            @Override
            public boolean hasNext() {
                while (next == null && articles.hasNext()) {
                    next = extract(articles.next());
                }
                return next != null;
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Extracted e = next;
                next = null;
                return e;
            }
        };
    }

    private Extracted extract(Numbered n) {
        try {
            return new Extracted(n.index(), PipelineHolder.get().extractOne(n.article()).withUsedSentenceTextOnly());
        } catch (RuntimeException e) {
            LOG.warn("article {}: extraction failed: {}", n.article().id(), e.toString());
            failures.add(1);
            return null;
        }
    }
}
