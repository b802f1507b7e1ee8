package io.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works through items read one at a time from an iterator, with at most {@code window} items
 * taken and not yet handed back: the next item is only read once the oldest one is done. Work
 * runs on whatever executor {@code start} submits to; results are handed back in the order the
 * items came, whatever the order they finish in. So the memory held ahead of the workers is
 * bounded by the window however long the input, and the outcome is that of a loop in order.
 *
 * @param <I> an item (an article)
 * @param <O> what the work on it gives (its extraction)
 */
final class InOrderWork<I, O> {
    /** Hears each item's result, in the items' order, on the thread that called {@link #run}. */
    interface Results<I, O> {
        void done(I item, O result);

        void failed(I item, Exception cause);
    }

    private record Pending<I, O>(I item, Future<O> result) {
    }

    private final int window;

    InOrderWork(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        this.window = window;
    }

    int window() {
        return window;
    }

    /**
     * Starts work on every item, at most {@code window} at a time, and hands each result back in order.
     *
     * @param start submits the work for one item and gives its future
     */
    void run(Iterator<? extends I> items, Function<I, Future<O>> start, Results<I, O> results) throws InterruptedException {
        Deque<Pending<I, O>> inFlight = new ArrayDeque<>();
        while (true) {
            // Wait for the oldest before reading another item: the reorder buffer is the window itself.
            if (inFlight.size() == window) {
                handBack(inFlight.removeFirst(), results);
            }
            if (!items.hasNext()) {
                break;
            }
            I item = items.next();
            inFlight.addLast(new Pending<>(item, start.apply(item)));
        }
        while (!inFlight.isEmpty()) {
            handBack(inFlight.removeFirst(), results);
        }
    }

    private void handBack(Pending<I, O> p, Results<I, O> results) throws InterruptedException {
        try {
            results.done(p.item(), p.result().get());
        } catch (ExecutionException e) {
            results.failed(p.item(), e.getCause() instanceof Exception ex ? ex : e);
        }
    }
}
