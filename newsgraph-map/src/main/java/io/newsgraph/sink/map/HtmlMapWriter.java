package io.newsgraph.sink.map;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the map as one self-contained HTML page: Cytoscape.js, the page script, the styles and
 * the data all inline, so the file opens offline and can be mailed or archived as is. A content
 * security policy allows only the two inline scripts (by hash) and no network at all, so even
 * markup that slipped into the page could neither run nor load anything.
 */
final class HtmlMapWriter {
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

    private HtmlMapWriter() {
    }

    static void write(MapGraph graph, MapOptions options, String focusId, Writer out) throws IOException {
        String library = scriptSafe(Resources.cytoscape());
        String app = scriptSafe(Resources.page("map.js"));
        String csp = "default-src 'none'; script-src " + hash(library) + " " + hash(app)
                + "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
        String page = new Template(Resources.page("map.html")).render(Map.of(
                "CSP", csp,
                "CSS", Resources.page("map.css"),
                "DATA", MapJson.of(graph, options, focusId),
                "CYTOSCAPE", library,
                "APP", app,
                "VERSION", Resources.cytoscapeVersion()));
        out.write(page);
    }

    /** Code placed in a script element must not contain its end tag or an HTML comment opener. */
    static String scriptSafe(String code) {
        return SCRIPT_END.matcher(code).replaceAll("<\\\\/$1").replace("<!--", "<\\!--");
    }

    private static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
