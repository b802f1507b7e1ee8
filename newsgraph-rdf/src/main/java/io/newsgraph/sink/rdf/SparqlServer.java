package io.newsgraph.sink.rdf;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * An embedded Fuseki serving one dataset read-only (query and graph-store read, no update), plus
 * a small query page of its own at "/" because Fuseki main has no HTML UI. Loopback only unless
 * asked otherwise, and no web page of another origin may read its answers unless the caller names
 * that origin (see {@link LocalAccessFilter}). Close it to stop the server.
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;
    private final String host;
    private final String name;
    // Jetty's own join() never returns when stop() ran first; this latch is released by close().
    private final CountDownLatch stopped = new CountDownLatch(1);

    private SparqlServer(FusekiServer server, String host, String name) {
        this.server = server;
        this.host = host;
        this.name = name;
    }

    /**
     * Starts serving. Port 0 picks a free port.
     *
     * @param name the dataset name: letters, digits, '-' and '_'
     */
    public static SparqlServer start(DatasetGraph dataset, String name, int port, boolean loopbackOnly) {
        return start(dataset, name, port, loopbackOnly, List.of());
    }

    /**
     * Starts serving; web pages of {@code allowedOrigins} (e.g. "http://localhost:8080", or "*"
     * for any) may read the answers cross-origin.
     */
    public static SparqlServer start(DatasetGraph dataset, String name, int port, boolean loopbackOnly,
                                     List<String> allowedOrigins) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("dataset name '" + name + "' may only hold letters, digits, '-' and '_'");
        }
        String page = queryPage("/" + name + "/sparql");
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                // Fuseki's default CORS filter allows every origin: any web page could read the graph.
                .enableCors(false, null)
                .add("/" + name, dataset, false)
                .addFilter("/*", new LocalAccessFilter(loopbackOnly, allowedOrigins))
                .addFilter("/*", new PageFilter(page))
                .enablePing(true)
                .build();
        server.start();
        return new SparqlServer(server, loopbackOnly ? "localhost" : hostName(), name);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint (GET or POST). */
    public String endpoint() {
        return root() + name + "/sparql";
    }

    /** The query page. */
    public String page() {
        return root();
    }

    private String root() {
        return "http://" + host + ":" + port() + "/";
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook on Ctrl-C, or by another thread). */
    public void join() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server; safe to call more than once. */
    @Override
    public void close() {
        try {
            if (stopped.getCount() > 0) {
                server.stop();
            }
        } finally {
            stopped.countDown();
        }
    }

    private static String queryPage(String endpoint) {
        try (InputStream in = RdfResources.open("/io/newsgraph/rdf/query.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__ENDPOINT__", endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Serves the query page at "/" and "/index.html" and passes every other request on to Fuseki
     * (a filter, because Fuseki already maps its own not-found servlet at "/").
     */
    private static final class PageFilter extends HttpFilter {
        private static final long serialVersionUID = 1L;
        private final transient byte[] page;

        PageFilter(String page) {
            this.page = page.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            boolean isPage = path.isEmpty() || path.equals("/") || path.equals("/index.html");
            if (!isPage || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
                chain.doFilter(req, resp);
                return;
            }
            resp.setContentType("text/html; charset=utf-8");
            resp.setHeader("Content-Security-Policy",
                    "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
            resp.setContentLength(page.length);
            if ("GET".equals(req.getMethod())) {
                resp.getOutputStream().write(page);
            }
        }
    }
}
