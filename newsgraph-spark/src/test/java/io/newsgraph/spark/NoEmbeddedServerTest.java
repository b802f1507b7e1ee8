package io.newsgraph.spark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader classes come to this module without the embedded server (pom exclusions): its
 * kernel, Jetty and Netty 4.1 must not reach Spark's classpath, where Spark's Netty 4.2 is the only
 * Netty (the Java Driver runs on it).
 */
class NoEmbeddedServerTest {
    @Test
    void theServerIsNotOnTheClasspathAndNettyIsOneLine() {
        assertThatThrownBy(() -> Class.forName("org.neo4j.dbms.api.DatabaseManagementServiceBuilder"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server")).isInstanceOf(ClassNotFoundException.class);
        assertThat(io.netty.util.Version.identify().values()).allSatisfy(v -> assertThat(v.artifactVersion()).startsWith("4.2."));
    }
}
