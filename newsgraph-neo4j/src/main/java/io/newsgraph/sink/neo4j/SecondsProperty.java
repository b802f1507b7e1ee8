package io.newsgraph.sink.neo4j;

import java.time.Duration;

/**
 * A duration in whole seconds read from a system property at each call, for the waits the fault
 * tests shorten (the load lease, the driver's retries); the default when the property is unset.
 */
final class SecondsProperty {
    private SecondsProperty() {
    }

    static Duration read(String property, Duration otherwise) {
        String seconds = System.getProperty(property);
        return seconds == null ? otherwise : Duration.ofSeconds(Long.parseLong(seconds));
    }
}
