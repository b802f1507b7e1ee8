package io.newsgraph.sink.rdf;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who can read the SPARQL server: by default only this machine, and no web page of another
 * origin (no Access-Control-Allow-Origin, not even Fuseki's "*"); a DNS rebinding request,
 * which names another host, is refused; an origin the user names with --allow-origin is allowed.
 */
class SparqlAccessIT {
    static final String QUERY = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
    static final String EVIL = "http://evil.example";
    static final String FRIEND = "http://localhost:8080";
    static SparqlServer closed;
    static SparqlServer open;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        closed = SparqlServer.start(dataset(), "newsgraph", 0, true);
        open = SparqlServer.start(dataset(), "newsgraph", 0, true, List.of(FRIEND));
    }

    static org.apache.jena.sparql.core.DatasetGraph dataset() {
        return RdfExport.toDataset(s -> GraphSink.replay(TestGraphs.small(), s), IriMinter.defaults());
    }

    @AfterAll
    static void stop() {
        for (SparqlServer s : new SparqlServer[] {closed, open}) {
            if (s != null) {
                s.close();
            }
        }
    }

    HttpResponse<String> query(SparqlServer server, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> preflight(SparqlServer server, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWebPageOfAnotherOriginGetsNoPermissionToRead() throws Exception {
        HttpResponse<String> r = query(closed, EVIL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"n\"");
        // Without this header the browser keeps the answer from the page that asked.
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight(closed, EVIL).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(query(closed, FRIEND).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void onlyTheOriginsNamedMayRead() throws Exception {
        assertThat(query(open, FRIEND).headers().firstValue("Access-Control-Allow-Origin")).contains(FRIEND);
        HttpResponse<String> pre = preflight(open, FRIEND);
        assertThat(pre.statusCode()).isEqualTo(204);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).contains(FRIEND);
        assertThat(query(open, EVIL).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight(open, EVIL).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws IOException {
        assertThat(rawGet(closed.port(), "evil.example:" + closed.port())).startsWith("HTTP/1.1 403");
        assertThat(rawGet(closed.port(), "localhost:" + closed.port())).startsWith("HTTP/1.1 200");
        assertThat(rawGet(closed.port(), "127.0.0.1:" + closed.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(lan.isPresent(), "this machine has no non-loopback address");
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(lan.get(), closed.port()), 2000);
            }
        }).isInstanceOf(IOException.class);
    }

    /** A GET with a Host header of our choosing (Java's HttpClient will not send a made-up Host). */
    static String rawGet(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /$/ping HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
