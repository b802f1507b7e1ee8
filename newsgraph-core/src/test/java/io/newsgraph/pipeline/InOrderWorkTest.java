package io.newsgraph.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming core of extraction: items are read lazily (never more than the window ahead of
 * the oldest unfinished one) and results come back in input order whatever order they finish in.
 */
class InOrderWorkTest {
    private static final int THREADS = 3;
    private static final int WINDOW = 4 * THREADS;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * An input of many items that fails the test if item k + window is read before the work on
     * item k has finished: so the input is read as the work goes, not all at once first.
     */
    @Test
    void anItemIsReadOnlyWhenTheOneAWindowBeforeItIsDone() throws InterruptedException {
        Set<Integer> finished = ConcurrentHashMap.newKeySet();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger mostHeld = new AtomicInteger();
        AtomicInteger handedBack = new AtomicInteger();
        Iterator<Integer> items = new Counting(500) {
            @Override
            void reading(int k) {
                if (k >= WINDOW && !finished.contains(k - WINDOW)) {
                    violations.add("item " + k + " read before item " + (k - WINDOW) + " was done");
                }
                mostHeld.accumulateAndGet(k - handedBack.get() + 1, Math::max);
            }
        };
        List<Integer> order = new ArrayList<>();
        new InOrderWork<Integer, Integer>(WINDOW).run(items, k -> pool.submit(() -> {
            finished.add(k);
            return k;
        }), results(order, new ArrayList<>(), handedBack));

        assertThat(violations).isEmpty();
        assertThat(mostHeld.get()).isEqualTo(WINDOW);
        assertThat(order).hasSize(500);
    }

    /** Later items finish first (the first ones sleep longest); they are still handed back in input order. */
    @Test
    void resultsComeBackInInputOrderWhateverOrderTheyFinishIn() throws InterruptedException {
        List<Integer> finishOrder = Collections.synchronizedList(new ArrayList<>());
        List<Integer> order = new ArrayList<>();
        new InOrderWork<Integer, Integer>(WINDOW).run(new Counting(60), k -> pool.submit(() -> {
            Thread.sleep((WINDOW - k % WINDOW) * 3L);
            finishOrder.add(k);
            return k * 10;
        }), results(order, new ArrayList<>(), new AtomicInteger()));

        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            expected.add(k * 10);
        }
        assertThat(order).containsExactlyElementsOf(expected);
        assertThat(finishOrder).as("the work really finished out of order").isNotEqualTo(finishOrder.stream().sorted().toList());
    }

    @Test
    void aFailedItemIsReportedInItsPlaceAndTheOthersStillCount() throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new InOrderWork<Integer, Integer>(2).run(new Counting(6), k -> pool.submit(() -> {
            if (k == 3) {
                throw new IllegalStateException("bad item");
            }
            return k;
        }), new InOrderWork.Results<>() {
            @Override
            public void done(Integer item, Integer result) {
                order.add(result);
            }

            @Override
            public void failed(Integer item, Exception cause) {
                failures.add(item + ": " + cause.getMessage());
                order.add(-item);
            }
        });

        assertThat(order).containsExactly(0, 1, 2, -3, 4, 5);
        assertThat(failures).containsExactly("3: bad item");
    }

    @Test
    void aWindowOfOneIsTheSequentialLoop() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        List<Integer> order = new ArrayList<>();
        new InOrderWork<Integer, Integer>(1).run(new Counting(20), k -> pool.submit(() -> {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(1);
            running.decrementAndGet();
            return k;
        }), results(order, new ArrayList<>(), new AtomicInteger()));

        assertThat(mostRunning.get()).isEqualTo(1);
        assertThat(order).hasSize(20);
    }

    private static InOrderWork.Results<Integer, Integer> results(List<Integer> order, List<Integer> failed, AtomicInteger handedBack) {
        return new InOrderWork.Results<>() {
            @Override
            public void done(Integer item, Integer result) {
                order.add(result);
                handedBack.incrementAndGet();
            }

            @Override
            public void failed(Integer item, Exception cause) {
                failed.add(item);
                handedBack.incrementAndGet();
            }
        };
    }

    /** The items 0 .. n-1, each announced to {@link #reading} as it is read. */
    private static class Counting implements Iterator<Integer> {
        private final int n;
        private int next;

        Counting(int n) {
            this.n = n;
        }

        void reading(int k) {
        }

        @Override
        public boolean hasNext() {
            return next < n;
        }

        @Override
        public Integer next() {
            if (next >= n) {
                throw new NoSuchElementException();
            }
            reading(next);
            return next++;
        }
    }
}
