package io.newsgraph.nlp;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A model load that may run on a thread of its own while the caller goes on, started at most once;
 * whoever needs the result first waits for it, or runs the load itself when nobody started it.
 */
final class BackgroundLoad<T> {
    private final String what;
    private final FutureTask<T> task;
    private final AtomicBoolean started = new AtomicBoolean();

    /** @param what what is loaded, for thread names and messages ("the KBP gazetteers") */
    BackgroundLoad(String what, Callable<T> load) {
        this.what = what;
        this.task = new FutureTask<>(load);
    }

    /** Starts the load on a daemon thread, unless it was started before. */
    BackgroundLoad<T> start() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(task, "load " + what);
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /** The loaded value: runs the load here if no thread runs or ran it, else waits for it. */
    T get() {
        task.run(); // a no-op when the load already ran or is running on another thread
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re
                    : new IllegalStateException("cannot load " + what + ": " + e.getCause(), e.getCause());
        }
    }
}
