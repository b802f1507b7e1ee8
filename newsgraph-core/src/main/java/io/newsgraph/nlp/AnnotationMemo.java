package io.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The annotations of texts this JVM has already annotated, for test JVMs that run one corpus
 * through several commands (the examples through run, extract and the example graph; CoNLL04 dev
 * through two evaluations and a training). {@code -Dnewsgraph.nlp.memo=CHARS} keeps the texts of up
 * to CHARS characters in all with their annotations, the least recently used dropped first; a
 * text longer than a quarter of that is never kept. Off by default: a command annotates each
 * article once anyway; the benchmarks, which time annotation, take the shared models without it
 * ({@link SharedPipeline#unmemoized()}). Sharing is safe because
 * extraction only reads an annotation; two threads asking for one text wait for one annotation.
 */
final class AnnotationMemo {
    static final String PROPERTY = "newsgraph.nlp.memo";

    private record Key(String text, String date) {
    }

    private final long maxChars;
    private final LinkedHashMap<Key, FutureTask<Annotation>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    private AnnotationMemo(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The memo {@value #PROPERTY} asks for, or null when it is unset or not positive. */
    static AnnotationMemo fromSystemProperty() {
        return ofChars(Long.getLong(PROPERTY, 0L));
    }

    /** A memo of up to {@code maxChars} characters of text, or null when that is not positive. */
    static AnnotationMemo ofChars(long maxChars) {
        return maxChars > 0 ? new AnnotationMemo(maxChars) : null;
    }

    /** The annotation of {@code text} with document date {@code date}, made by {@code annotate} the first time. */
    Annotation get(String text, String date, Supplier<Annotation> annotate) {
        if (text.length() > maxChars / 4) {
            return annotate.get();
        }
        Key key = new Key(text, date);
        FutureTask<Annotation> task;
        boolean first = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(annotate::get);
                entries.put(key, task);
                chars += text.length();
                first = true;
                dropOldest(key);
            }
        }
        if (first) {
            task.run();
        }
        return result(key, task);
    }

    private Annotation result(Key key, FutureTask<Annotation> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an annotation", e);
        } catch (ExecutionException e) {
            forget(key, task); // the next caller tries again
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized void forget(Key key, FutureTask<Annotation> task) {
        if (entries.remove(key, task)) {
            chars -= key.text().length();
        }
    }

    /** Drops the least recently used texts until the rest fit, never the one just added. */
    private void dropOldest(Key added) {
        Iterator<Map.Entry<Key, FutureTask<Annotation>>> it = entries.entrySet().iterator();
        while (chars > maxChars && it.hasNext()) {
            Key k = it.next().getKey();
            if (!k.equals(added)) {
                it.remove();
                chars -= k.text().length();
            }
        }
    }
}
