package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server with no password given: auth is on, the random password works only for
 * this start, nothing reaches the data without it (HTTP API, Bolt), other origins cannot read
 * the HTTP API's answers, and no file in the data folder holds the password.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedAuthIT {
    static final String TX = "/db/neo4j/tx/commit";
    static final String QUERY = "{\"statements\":[{\"statement\":\"MATCH (e:Entity) RETURN count(e) AS n\"}]}";

    @TempDir
    static Path dir;
    static Neo4jTarget target;
    static EmbeddedNeo4j server;
    static String firstPassword;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        target = TestNeo4j.start(dir.resolve("data"));
        server = target.server().orElseThrow();
        firstPassword = server.credentials().password();
    }

    @AfterAll
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    @Order(1)
    void theServersOwnCredentialsLoadAGraph() {
        assertThat(server.credentials().chosenByUser()).isFalse();
        assertThat(firstPassword).hasSizeGreaterThanOrEqualTo(22);
        LoadCounts counts = Neo4jLoader.load(target, TestGraphs.small());
        assertThat(counts.facts()).isPositive();
        assertThat(TestNeo4j.count(target, "MATCH (e:Entity) RETURN count(e)")).isPositive();
    }

    @Test
    @Order(2)
    void theHttpApiAnswers401WithoutCredentialsAnd200WithThem() throws Exception {
        HttpResponse<String> none = post(TX, QUERY, null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).doesNotContain("\"n\"");
        HttpResponse<String> wrong = post(TX, QUERY, "neo4j:neo4j", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> right = post(TX, QUERY, "neo4j:" + firstPassword, null);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"columns\":[\"n\"]").doesNotContain("\"errors\":[{");
    }

    @Test
    @Order(3)
    void anotherOriginCannotReadTheHttpApi() throws Exception {
        // A simple cross-origin POST, as any web page can send: refused, and not readable by that page.
        HttpResponse<String> r = post(TX, QUERY, null, "http://evil.example");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).doesNotContain("*", "http://evil.example");
        HttpResponse<String> withPassword = post(TX, QUERY, "neo4j:" + firstPassword, "http://evil.example");
        assertThat(withPassword.headers().allValues("Access-Control-Allow-Origin")).doesNotContain("*", "http://evil.example");
    }

    @Test
    @Order(4)
    void boltRefusesNoAuthTheDefaultPasswordAndAWrongOne() {
        for (AuthToken auth : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", firstPassword + "x"))) {
            try (Driver d = GraphDatabase.driver(server.boltUri(), auth)) {
                assertThatThrownBy(() -> d.executableQuery("MATCH (n) RETURN count(n)").execute())
                        .isInstanceOf(SecurityException.class);
            }
        }
        try (Driver d = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", firstPassword))) {
            assertThat(d.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong())
                    .isPositive();
        }
    }

    @Test
    @Order(5)
    void theNextStartHasAnotherPasswordAndNoFileHoldsEither() throws IOException {
        Path data = dir.resolve("data");
        target.close();
        target = null;
        assertThat(TestNeo4j.filesHolding(data, firstPassword)).isEmpty();
        try (Neo4jTarget again = TestNeo4j.start(data)) {
            String second = again.server().orElseThrow().credentials().password();
            assertThat(second).isNotEqualTo(firstPassword);
            try (Driver d = GraphDatabase.driver(again.server().orElseThrow().boltUri(),
                    AuthTokens.basic("neo4j", firstPassword))) {
                assertThatThrownBy(() -> d.executableQuery("RETURN 1").execute()).isInstanceOf(SecurityException.class);
            }
            assertThat(TestNeo4j.count(again, "MATCH (e:Entity) RETURN count(e)")).isPositive();
            assertThat(TestNeo4j.filesHolding(data, second)).isEmpty();
        }
        // Nothing newsgraph wrote to guard the first start is left behind.
        assertThat(data.resolve("data/dbms/auth.ini")).doesNotExist();
    }

    HttpResponse<String> post(String path, String body, String userAndPassword, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.httpUri() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (userAndPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
