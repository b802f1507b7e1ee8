package io.newsgraph.cli;

import io.newsgraph.cli.common.UserException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Neo4jOptionsTest {
    @CommandLine.Command(name = "t")
    static class Holder {
        @CommandLine.Mixin
        Neo4jOptions neo4j;
    }

    static Neo4jOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.neo4j;
    }

    @Test
    void defaultsToTheEmbeddedServerOnLoopback() {
        Neo4jOptions o = parse();
        assertThat(o.external()).isEqualTo(System.getenv("NEO4J_URI") != null);
        assertThat(o.dataDir()).isEqualTo(Path.of("newsgraph-data"));
        var s = o.embeddedSettings();
        assertThat(s.boltPort()).isEqualTo(7687);
        assertThat(s.httpPort()).isEqualTo(7474);
        assertThat(s.loopback()).isTrue();
        assertThat(s.pageCacheBytes()).isEqualTo(512L << 20);
    }

    @Test
    void parsesSizesAndRejectsNonsense() {
        assertThat(parse("--page-cache", "2g").pageCacheBytes()).isEqualTo(2L << 30);
        assertThat(parse("--page-cache", "300M").pageCacheBytes()).isEqualTo(300L << 20);
        assertThatThrownBy(() -> parse("--page-cache", "lots").pageCacheBytes()).isInstanceOf(UserException.class)
                .hasMessageContaining("--page-cache lots");
        assertThatThrownBy(() -> parse("--bolt-port", "70000").embeddedSettings()).isInstanceOf(UserException.class)
                .hasMessageContaining("70000");
    }

    @Test
    void aNetworkAddressNeedsTheUsersOwnPassword() {
        assertThatThrownBy(() -> parse("--listen", "0.0.0.0", "--password", "").embeddedSettings())
                .isInstanceOf(UserException.class).hasMessageContaining("--password");
        var s = parse("--listen", "0.0.0.0", "--password", "long-enough-secret").embeddedSettings();
        assertThat(s.passwordChosen()).isTrue();
        assertThat(s.toString()).doesNotContain("long-enough-secret");
        assertThat(s.clientHost()).isEqualTo("localhost");
    }

    @Test
    void thePasswordNeverShowsInHelp() {
        String help = new CommandLine(new Holder()).getUsageMessage();
        assertThat(help).contains("--password").doesNotContain("default: ${env");
        if (System.getenv("NEO4J_PASSWORD") != null) {
            assertThat(help).doesNotContain(System.getenv("NEO4J_PASSWORD"));
        }
    }
}
