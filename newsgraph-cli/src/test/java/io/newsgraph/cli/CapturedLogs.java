package io.newsgraph.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What is logged while a test runs verbose commands (-v), kept in memory instead of printed: the
 * test reads it (a password must be in none of it), and the build log is spared the thousands of
 * debug lines of Neo4j's driver and Jetty. Closing puts the console back.
 */
final class CapturedLogs implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> kept = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();

    CapturedLogs() {
        kept.start();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        root.addAppender(kept);
    }

    List<ILoggingEvent> events() {
        return kept.list;
    }

    /** Every message logged, with the stack trace of each that carried one. */
    String text() {
        return kept.list.stream().map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        root.detachAppender(kept);
        detached.forEach(root::addAppender);
    }
}
