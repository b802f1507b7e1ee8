package io.newsgraph.sink.rdf;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Who may read the SPARQL server's answers from a web page. Fuseki's own CORS filter answers
 * every origin with "Access-Control-Allow-Origin: *", so any page open in the user's browser
 * could read the whole graph from localhost; newsgraph turns that off and allows only the
 * origins the user names (--allow-origin). A loopback-only server also refuses requests that
 * name another host: a DNS rebinding page (evil.example resolved to 127.0.0.1) is same-origin
 * for the browser and needs no CORS, but it still sends its own name in the Host header.
 */
final class LocalAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final boolean loopbackOnly;
    private final List<String> allowedOrigins;

    LocalAccessFilter(boolean loopbackOnly, List<String> allowedOrigins) {
        this.loopbackOnly = loopbackOnly;
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (loopbackOnly && !localHost(req.getHeader("Host"))) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write(("This SPARQL server answers only requests to localhost; open "
                    + "http://localhost:" + req.getLocalPort() + "/\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String origin = req.getHeader("Origin");
        if (origin != null && allowed(origin)) {
            resp.setHeader("Access-Control-Allow-Origin", allowedOrigins.contains("*") ? "*" : origin);
            resp.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "600");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private boolean allowed(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.stream().anyMatch(o -> o.equalsIgnoreCase(origin));
    }

    static boolean localHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            host = host.substring(0, host.indexOf(']') + 1);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
