package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.sink.rdf.SparqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** newsgraph sparql end to end: serve an exported file on a free port, query it, stop it. */
class SparqlCommandIT {
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        SparqlCommand.onStarted = null;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void servesAnExportedFileUntilStopped() throws Exception {
        Path trig = dir.resolve("graph.trig");
        assertThat(CliRun.of("export", "--from", ExportCommandTest.FIXTURE, "-o", trig.toString()).exitCode()).isZero();
        int port = freePort();
        AtomicReference<String> answer = new AtomicReference<>();
        AtomicReference<String> ontologyLabel = new AtomicReference<>();
        SparqlCommand.onStarted = server -> {
            try {
                String q = "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <https://w3id.org/newsgraph/ontology#Fact> }";
                String labelQuery = "SELECT ?l WHERE { GRAPH <" + SparqlCommand.ONTOLOGY_GRAPH + "> { "
                        + "<https://w3id.org/newsgraph/ontology#metWith> <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
                HttpResponse<String> label = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(server.endpoint() + "?query=" + URLEncoder.encode(labelQuery, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                ontologyLabel.set(label.body());
                HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(server.endpoint() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
                answer.set(resp.body());
            } catch (Exception e) {
                answer.set("failed: " + e);
            } finally {
                server.close();
            }
        };
        CliRun run = CliRun.of("sparql", "--port", Integer.toString(port), trig.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SPARQL endpoint: http://localhost:" + port + "/newsgraph/sparql", "Query page:", "curl");
        assertThat(answer.get()).contains("n").contains("8");
        assertThat(ontologyLabel.get()).contains("met with");
    }

    @Test
    void servesTheJsonLinesGraph() throws Exception {
        AtomicReference<Integer> port = new AtomicReference<>();
        SparqlCommand.onStarted = server -> {
            port.set(server.port());
            server.close();
        };
        CliRun run = CliRun.of("sparql", "--port", Integer.toString(freePort()), "--from", ExportCommandTest.FIXTURE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("loaded " + ExportCommandTest.FIXTURE);
        assertThat(port.get()).isPositive();
    }

    @Test
    void aBusyPortIsAClearError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            SparqlCommand.onStarted = SparqlServer::close;
            CliRun run = CliRun.of("sparql", "--port", Integer.toString(busy.getLocalPort()), "--from", ExportCommandTest.FIXTURE);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).contains("cannot listen on port " + busy.getLocalPort()).contains("--port");
        }
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.of("sparql", dir.resolve("x.ttl").toString(), "--from", ExportCommandTest.FIXTURE).err())
                .contains("not both");
        assertThat(CliRun.of("sparql", dir.resolve("none.ttl").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("sparql", "--name", "bad name", "--from", ExportCommandTest.FIXTURE).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
