package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.sink.neo4j.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'newsgraph -v run --serve' on one small article: it prints a sign-in link, the link hands over
 * a password that opens the database, and that password is in none of what run printed or
 * logged (debug level) and in no file it wrote (outputs and data folder).
 */
class RunServeSignInIT {
    @TempDir
    Path dir;

    @Test
    void runServeSignsInByLinkAndNeverShowsThePassword() throws Exception {
        Path article = dir.resolve("harbour.txt");
        Files.writeString(article, "Maria Lindqvist leads the Harbour Trust in Bergen. "
                + "She met Tomas Ek, the mayor of Bergen, on Monday.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CapturedLogs logs = new CapturedLogs();
        String password;
        try {
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.execute(new PrintWriter(out, true),
                    new PrintWriter(err, true), "-v", "run", "-o", dir.resolve("out").toString(), "--data",
                    dir.resolve("data").toString(), "--bolt-port", "0", "--http-port", "0", "--serve", article.toString()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!out.toString().contains("Serving until Ctrl-C") && !run.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(run).as("run --serve is serving; err: %s", err).isNotDone();
            Matcher link = Pattern.compile("Neo4j Browser: (http://localhost:\\d+/newsgraph/signin\\?token=\\S+)")
                    .matcher(out.toString());
            assertThat(link.find()).as(out.toString()).isTrue();
            assertThat(out.toString()).containsOnlyOnce("/newsgraph/signin?token=");

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(link.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
            Matcher handed = Pattern.compile("\"password\":\"([A-Za-z0-9_-]{32})\"").matcher(page.body());
            assertThat(handed.find()).isTrue();
            password = handed.group(1);
            Matcher bolt = Pattern.compile("\"host\":\"(bolt://localhost:\\d+)\"").matcher(page.body());
            assertThat(bolt.find()).isTrue();
            try (Driver d = GraphDatabase.driver(bolt.group(1), AuthTokens.basic("neo4j", password))) {
                assertThat(d.executableQuery("MATCH (e:Entity) RETURN count(e) AS n").execute().records().get(0)
                        .get("n").asLong()).isPositive();
            }
            Serving.stopAll();
            assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        } finally {
            Serving.stopAll();
            logs.close();
        }
        String logged = logs.text();
        assertThat(logs.events()).as("debug logging was on").isNotEmpty();
        assertThat(out.toString()).doesNotContain(password);
        assertThat(err.toString()).doesNotContain(password);
        assertThat(logged).doesNotContain(password);
        assertThat(TestNeo4j.filesHolding(dir, password)).isEmpty();
    }
}
