package io.newsgraph.sink.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An embedded Fuseki on a free port: SPARQL over HTTP, read-only, the query page, shutdown. */
class SparqlServerIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static SparqlServer server;

    @BeforeAll
    static void start() {
        server = SparqlServer.start(RdfExport.toDataset(s -> GraphSink.replay(TestGraphs.small(), s), IriMinter.defaults()),
                "newsgraph", 0, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static JsonNode select(String endpoint, String query) throws Exception {
        HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
        return new ObjectMapper().readTree(resp.body()).path("results").path("bindings");
    }

    @Test
    void answersSparqlOverHttp() throws Exception {
        assertThat(server.endpoint()).startsWith("http://localhost:" + server.port() + "/newsgraph/sparql");
        JsonNode rows = select(server.endpoint(), """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?name WHERE { ?who ng:metWith ?whom . ?who <http://www.w3.org/2000/01/rdf-schema#label> ?name }""");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("name").path("value").asText()).isEqualTo("Tom O'Neil");

        JsonNode negated = select(server.endpoint(), """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE { ?f a ng:Fact ; ng:isClaim false }""");
        assertThat(negated.get(0).path("n").path("value").asInt()).isEqualTo(2);

        JsonNode graphs = select(server.endpoint(), "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertThat(graphs).hasSize(2);
    }

    @Test
    void isReadOnly() throws Exception {
        String root = "http://localhost:" + server.port() + "/newsgraph";
        HttpResponse<String> update = sendOnNewConnection(HttpRequest.newBuilder(URI.create(root + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertThat(update.statusCode()).isBetween(400, 499);
        HttpResponse<String> viaQueryEndpoint = sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertThat(viaQueryEndpoint.statusCode()).isBetween(400, 499);
        HttpResponse<String> put = sendOnNewConnection(HttpRequest.newBuilder(URI.create(root + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(select(server.endpoint(), "SELECT * WHERE { <urn:a> ?p ?o }")).isEmpty();
    }

    /**
     * The server answers a refused write and closes the connection without reading the body; a
     * pooled client may already have picked that connection for its next request and then reads
     * nothing ("header parser received no bytes"). A client of its own per refused write avoids the race.
     */
    private static HttpResponse<String> sendOnNewConnection(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheQueryPage() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.page())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<form", "const ENDPOINT = \"/newsgraph/sparql\"", "textContent");
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(server.page() + "nothing-here")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void stopsWhenClosed() throws Exception {
        SparqlServer other = SparqlServer.start(RdfExport.toDataset(s -> GraphSink.replay(TestGraphs.small(), s),
                IriMinter.defaults()), "other", 0, true);
        String endpoint = other.endpoint();
        assertThat(select(endpoint, "ASK { ?s ?p ?o }").isMissingNode()).isTrue(); // ASK has no bindings
        other.close();
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create(endpoint)).GET().build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }
}
