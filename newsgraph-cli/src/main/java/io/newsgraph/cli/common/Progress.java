package io.newsgraph.cli.common;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Progress bars on stderr when stderr is a terminal; silent otherwise, so logs, pipes and tests
 * stay clean. A bar never writes to stdout, which may carry JSON Lines.
 */
public final class Progress {
    /** One running bar. */
    public interface Bar extends AutoCloseable {
        void step();

        @Override
        void close();
    }

    private static final Bar SILENT = new Bar() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    private final boolean enabled;

    private Progress(boolean enabled) {
        this.enabled = enabled;
    }

    /** Bars only when a person is watching a terminal. */
    public static Progress forTerminal() {
        return new Progress(System.console() != null && System.getenv("CI") == null);
    }

    public static Progress silent() {
        return new Progress(false);
    }

    /**
     * A bar of {@code total} steps; a negative total is unknown (the bar counts without a
     * percentage), and a bar stepped past its total stops claiming one.
     */
    public Bar bar(String task, long total) {
        if (!enabled || total == 0) {
            return SILENT;
        }
        ProgressBar pb = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total < 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .setUpdateIntervalMillis(250)
                .build();
        return new Bar() {
            @Override
            public void step() {
                pb.step();
                if (pb.getMax() > 0 && pb.getCurrent() > pb.getMax()) {
                    pb.maxHint(-1);
                }
            }

            @Override
            public void close() {
                pb.close();
            }
        };
    }
}
