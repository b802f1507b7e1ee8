package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.GraphCollector;
import io.newsgraph.sink.neo4j.Neo4jTarget;
import io.newsgraph.sink.neo4j.TestNeo4j;
import io.newsgraph.sink.neo4j.bench.SyntheticGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults during 'newsgraph load': the server stopped mid-load, the loading process killed with
 * SIGKILL, two loads into one database at once. After each, loading again must give exactly
 * the graph of one clean load: same nodes, relationships and evidence, nothing duplicated.
 * The "external" server is an embedded one started here and reached only through --neo4j.
 */
class LoadFaultsIT {
    /**
     * Big enough that a load with small batches takes seconds (8 batches of entities, then 16 of
     * facts: the faults hit while many are still to come), small enough for a 2-core machine.
     */
    static final SyntheticGraph CORPUS = new SyntheticGraph(500, 4_000, 8_000, 42);
    static final String BATCH = "500";

    @TempDir
    static Path dir;
    static Path corpus;
    static Neo4jTarget server;
    static String bolt;
    static Fingerprint clean;
    static Duration cleanLoad;

    /** What a graph is, in a form two loads can be compared by. */
    record Fingerprint(long nodes, long relationships, long distinctNodeIds, long distinctFactIds, long evidence,
                       String sha256) {
    }

    @BeforeAll
    static void generateCorpusAndLoadItCleanly() throws IOException {
        corpus = dir.resolve("synthetic.jsonl");
        GraphCollector g = new GraphCollector();
        CORPUS.replay(g);
        try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            JsonLinesWriter.write(g.graph(), w);
        }
        server = TestNeo4j.start(dir.resolve("shared"));
        bolt = server.server().orElseThrow().boltUri();
        long t0 = System.nanoTime();
        CliRun r = load(server);
        cleanLoad = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(r.exitCode()).as(r.err()).isZero();
        clean = fingerprint(server);
        assertThat(clean.nodes()).isEqualTo(CORPUS.nodes());
        assertThat(clean.distinctNodeIds()).isEqualTo(clean.nodes());
        assertThat(clean.distinctFactIds()).isEqualTo(CORPUS.facts());
        System.out.println("LoadFaultsIT: clean load of " + clean + " took " + cleanLoad.toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A load from outside, as another client would: through the server's URI and its (random) password. */
    static CliRun load(Neo4jTarget into) {
        return CliRun.of("load", "--neo4j", into.server().orElseThrow().boltUri(), "--password", TestNeo4j.password(into),
                "--batch-size", BATCH, corpus.toString());
    }

    static Fingerprint fingerprint(Neo4jTarget t) {
        List<String> items = new ArrayList<>();
        // The graph as loaded; :Claim nodes are derived from it and recomputed by every load.
        for (Record r : TestNeo4j.query(t, "MATCH (n) WHERE NOT n:Claim RETURN labels(n) AS l, n.id AS id, n.name AS name, "
                + "n.mentions AS m, n.articleCount AS ac", Map.of())) {
            List<String> labels = new ArrayList<>(r.get("l").asList(v -> v.asString()));
            labels.sort(null);
            items.add("N|" + labels + "|" + r.get("id") + "|" + r.get("name") + "|" + r.get("m") + "|" + r.get("ac"));
        }
        for (Record r : TestNeo4j.query(t, "MATCH (a)-[r]->(b) WHERE NOT a:Claim RETURN type(r) AS t, a.id AS a, b.id AS b, "
                + "r.factId AS f, r.evidenceArticles AS ea, r.evidenceSentences AS es, r.mentions AS m", Map.of())) {
            items.add("R|" + r.get("t").asString() + "|" + r.get("a") + "|" + r.get("b") + "|" + r.get("f") + "|"
                    + r.get("ea") + "|" + r.get("es") + "|" + r.get("m"));
        }
        items.sort(null);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        items.forEach(s -> sha.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Fingerprint(TestNeo4j.count(t, "MATCH (n) WHERE NOT n:Claim RETURN count(n)"),
                TestNeo4j.count(t, "MATCH (a)-[r]->() WHERE NOT a:Claim RETURN count(r)"),
                TestNeo4j.count(t, "MATCH (n) WHERE NOT n:Claim RETURN count(DISTINCT n.id)"),
                TestNeo4j.count(t, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(DISTINCT r.factId)"),
                TestNeo4j.count(t, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN sum(size(r.evidenceArticles))"),
                HexFormat.of().formatHex(sha.digest()));
    }

    static void waitUntil(String what, BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(50);
        }
    }

    static long loadedFacts(Neo4jTarget t) {
        return TestNeo4j.count(t, "MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r)");
    }

    static long entities(Neo4jTarget t) {
        return TestNeo4j.count(t, "MATCH (e:Entity) RETURN count(e)");
    }

    /**
     * A load after a killed or failed one waits until the dead load's lease expires (20 s); these
     * tests shorten it (LoadLease reads the property at each load), in this JVM and the child's.
     */
    static final String LEASE_TTL = "newsgraph.loadLease.ttlSeconds";
    static final String SHORT_LEASE = "6";

    interface Steps {
        void run() throws Exception;
    }

    /** Runs a test's steps with the short lease, in this JVM; a child process is given it on its command line. */
    static void withShortLease(Steps steps) throws Exception {
        System.setProperty(LEASE_TTL, SHORT_LEASE);
        try {
            steps.run();
        } finally {
            System.clearProperty(LEASE_TTL);
        }
    }

    /**
     * The load whose server stops waits out the driver's retries (15 s) before it reports; that
     * one load is given 2 s. The rerun keeps the full time: its own writers can deadlock each
     * other, and the driver retries those too.
     */
    static final String RETRY_TIME = "newsgraph.neo4j.retrySeconds";

    @Test
    void serverStoppedMidLoadIsExitCode3AndARerunCompletesTheLoad() throws Exception {
        withShortLease(this::stopServerMidLoadThenRerun);
    }

    private void stopServerMidLoadThenRerun() throws Exception {
        Path data = dir.resolve("stopped");
        Neo4jTarget victim = TestNeo4j.start(data);
        CliRun failed;
        System.setProperty(RETRY_TIME, "2");
        try {
            CompletableFuture<CliRun> loading = CompletableFuture.supplyAsync(() -> load(victim));
            waitUntil("the load to write entities", () -> entities(victim) > 0, Duration.ofSeconds(60));
            assertThat(loading).as("still loading when the server stops").isNotDone();
            victim.close();
            failed = loading.get(120, TimeUnit.SECONDS);
        } finally {
            System.clearProperty(RETRY_TIME);
        }
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCodes.NEO4J);
        assertThat(failed.err().trim()).hasLineCount(1).startsWith("newsgraph: ").contains(corpus.toString())
                .doesNotContain("\tat ").doesNotContain("internal error");

        try (Neo4jTarget restarted = TestNeo4j.start(data)) {
            assertThat(TestNeo4j.nodes(restarted)).as("a partial graph was left").isLessThan(clean.nodes()
                    + CORPUS.facts());
            CliRun again = load(restarted);
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(fingerprint(restarted)).isEqualTo(clean);
        }
    }

    @Test
    void processKilledMidLoadThenRerunGivesTheCleanGraph() throws Exception {
        withShortLease(this::killLoadingProcessThenRerun);
    }

    private void killLoadingProcessThenRerun() throws Exception {
        TestNeo4j.wipe(server);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-D" + LEASE_TTL + "=" + SHORT_LEASE));
        cmd.addAll(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", "--neo4j", bolt, "--batch-size", BATCH, corpus.toString()));
        Path log = dir.resolve("killed-child.log");
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NEO4J_PASSWORD", TestNeo4j.password(server));
        Process child = builder.start();
        try {
            waitUntil("the child to load facts", () -> loadedFacts(server) > 0 || !child.isAlive(),
                    Duration.ofSeconds(90));
            assertThat(child.isAlive()).as("child still loading; its output:\n" + Files.readString(log)).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Fingerprint partial = fingerprint(server);
        assertThat(partial).isNotEqualTo(clean);

        CliRun again = load(server);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(fingerprint(server)).isEqualTo(clean);
    }

    @Test
    void twoLoadsAtOnceGiveOneCleanGraph() throws Exception {
        TestNeo4j.wipe(server);
        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> load(server));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> load(server));
        CliRun ra = a.get(300, TimeUnit.SECONDS);
        CliRun rb = b.get(300, TimeUnit.SECONDS);
        assertThat(ra.exitCode()).as(ra.err()).isZero();
        assertThat(rb.exitCode()).as(rb.err()).isZero();
        assertThat(fingerprint(server)).isEqualTo(clean);
    }
}
