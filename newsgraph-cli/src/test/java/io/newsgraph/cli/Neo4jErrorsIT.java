package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.sink.neo4j.EmbeddedSettings;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'newsgraph load' against an external server (here: an embedded one with auth on, reached only
 * through --neo4j), and the one-line errors for wrong credentials, unreachable servers and bad
 * options.
 */
class Neo4jErrorsIT {
    static final String SMALL = "newsgraph-core/src/test/resources/fixtures/small-graph.jsonl";
    static final String PASSWORD = "correct-horse-battery-9";
    static final String WRONG = "Wr0ngSecretXyz";

    @TempDir
    static Path dir;
    static Neo4jTarget server;
    static String bolt;

    record Run(int code, String out, String err, Duration took) {
    }

    @BeforeAll
    static void startServerWithAuth() {
        server = Neo4jTarget.embedded(new EmbeddedSettings(dir.resolve("auth"), "localhost", 0, 0, PASSWORD,
                EmbeddedSettings.DEFAULT_PAGE_CACHE));
        bolt = server.server().orElseThrow().boltUri();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - t0));
    }

    @Test
    void loadsIntoAnExternalServerTwiceWithEqualCounts() {
        Run first = run("load", "--neo4j", bolt, "--user", "neo4j", "--password", PASSWORD, SMALL);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("Loaded 2 articles, 9 entities, 2 events, 8 facts loaded")
                .contains("Graph now: ").contains("(8 facts)").doesNotContain(PASSWORD);
        Run second = run("load", "--neo4j", bolt, "--user", "neo4j", "--password", PASSWORD, SMALL);
        assertThat(second.code()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("0 nodes and 0 relationships created, 0 nodes and 0 relationships deleted");
        assertThat(totals(second.out())).isEqualTo(totals(first.out()));
    }

    @Test
    void aRoutingUriLoadsThroughTheSameManagedTransactions() {
        // neo4j:// makes the driver ask the server for a routing table, as a cluster needs; a
        // single server answers with itself, so the same loader works unchanged.
        String routing = bolt.replace("bolt://", "neo4j://");
        Run first = run("load", "--neo4j", routing, "--user", "neo4j", "--password", PASSWORD, SMALL);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("(8 facts)");
        Run again = run("load", "--neo4j", routing, "--user", "neo4j", "--password", PASSWORD, SMALL);
        assertThat(totals(again.out())).isEqualTo(totals(first.out()));
    }

    private static String totals(String out) {
        return out.lines().filter(l -> l.startsWith("Graph now: ")).findFirst().orElseThrow();
    }

    @Test
    void aWrongPasswordIsOneLineWithoutThePassword() {
        Run r = run("load", "--neo4j", bolt, "--user", "neo4j", "--password", WRONG, SMALL);
        assertThat(r.code()).isEqualTo(ExitCodes.NEO4J);
        assertThat(r.err().trim()).hasLineCount(1).contains("refused the credentials").contains("--password")
                .doesNotContain(WRONG);
        assertThat(r.took()).isLessThan(Duration.ofSeconds(10));
    }

    /** With -v the driver logs at debug level and errors carry stack traces: still no password anywhere. */
    @Test
    void verboseRunsNeverShowThePassword() {
        Run wrong;
        Run right;
        String logged;
        List<ILoggingEvent> events;
        try (CapturedLogs logs = new CapturedLogs()) {
            wrong = run("-v", "load", "--neo4j", bolt, "--user", "neo4j", "--password", WRONG, SMALL);
            right = run("-v", "load", "--neo4j", bolt, "--user", "neo4j", "--password", PASSWORD, SMALL);
            logged = logs.text();
            events = logs.events();
        }
        assertThat(wrong.code()).isEqualTo(ExitCodes.NEO4J);
        assertThat(wrong.err()).contains("refused the credentials").contains("\tat ");
        assertThat(right.code()).as(right.err()).isEqualTo(ExitCodes.OK);
        assertThat(events).as("debug logging was on").isNotEmpty();
        for (String shown : new String[] {wrong.out(), wrong.err(), right.out(), right.err(), logged}) {
            assertThat(shown).doesNotContain(WRONG).doesNotContain(PASSWORD);
        }
    }

    @Test
    void anUnreachableServerFailsFastWithExitCode3() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        List<String> uris = List.of("bolt://127.0.0.1:" + closed, "neo4j://127.0.0.1:" + closed);
        // Both at once: each waits out the connection check on its own, and the test need not wait twice.
        List<CompletableFuture<Run>> runs = uris.stream()
                .map(uri -> CompletableFuture.supplyAsync(() -> run("load", "--neo4j", uri, "--password", WRONG, SMALL)))
                .toList();
        for (int i = 0; i < uris.size(); i++) {
            String uri = uris.get(i);
            Run r = runs.get(i).join();
            assertThat(r.code()).as(uri).isEqualTo(ExitCodes.NEO4J);
            assertThat(r.err().trim()).hasLineCount(1).contains("127.0.0.1:" + closed).doesNotContain(WRONG);
            assertThat(r.took()).as(uri).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aUriThatIsNotBoltIsRejected() {
        Run r = run("load", "--neo4j", "http://neo4j:" + WRONG + "@localhost:7474", SMALL);
        assertThat(r.code()).isEqualTo(ExitCodes.NEO4J);
        assertThat(r.err().trim()).hasLineCount(1).contains("is not a Neo4j URI").contains("bolt://").doesNotContain(WRONG);
    }

    /** With the user's own password there is no sign-in link: Browser opens with the user filled in. */
    @Test
    void theUsersOwnPasswordGetsTheLoginFormNotASignInLink() throws Exception {
        var embedded = server.server().orElseThrow();
        assertThat(embedded.credentials().chosenByUser()).isTrue();
        assertThat(embedded.signInLink()).isEmpty();
        assertThat(embedded.browserUrl()).startsWith(embedded.httpUri() + "/browser/?preselectAuthMethod=BASIC&dbms=bolt://neo4j@localhost:")
                .doesNotContain(PASSWORD);
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(embedded.httpUri() + "/newsgraph/signin?token=anything")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(410);
        assertThat(answer.body()).doesNotContain(PASSWORD);
    }

    @Test
    void aPublicListenAddressNeedsAPassword() {
        Run r = run("serve", "--listen", "0.0.0.0", "--data", dir.resolve("open").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().trim()).hasLineCount(1).contains("--password");
        assertThat(dir.resolve("open")).doesNotExist();
    }

    @Test
    void badInputIsReportedAndTheGoodLinesAreLoaded() throws IOException {
        Path mixed = dir.resolve("mixed.jsonl");
        Files.writeString(mixed, """
                {"record":"article","id":"mx-1","title":"Mixed","text":"One sentence."}
                {"record":"fact","subject":"A"
                {"record":"entity","id":"person/ann-example","name":"Ann Example","label":"Person","articles":["mx-1"],"mentions":1}
                """);
        Run r = run("load", "--neo4j", bolt, "--password", PASSWORD, mixed.toString(), dir.resolve("missing.jsonl").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(r.err()).contains(mixed + ":2: not valid JSON").contains("missing.jsonl: ");
        assertThat(r.out()).contains("1 articles, 1 entities, 0 events, 0 facts loaded");
        Run none = run("load", "--neo4j", bolt, "--password", PASSWORD, dir.resolve("missing.jsonl").toString());
        assertThat(none.code()).isEqualTo(ExitCodes.FAILED);
    }
}
