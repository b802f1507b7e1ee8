package io.newsgraph.sink.neo4j;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The pages behind a sign-in link. The hand-over page puts the server's credentials where Neo4j
 * Browser 5.24 keeps its connection (localStorage key {@code neo4j.connections}, connection id
 * {@code $$discovery}, as its connectionsDuck and localstorage service define), on Browser's own
 * origin, then replaces itself with /browser/, which connects with them at start-up. The
 * credentials sit in a JSON data block that never runs; the one script is fixed, so the page's
 * Content-Security-Policy allows exactly that script by its hash.
 */
public final class SignInPage {
    /** Where Browser 5.24 reads its saved connection at start-up. */
    static final String BROWSER_CONNECTIONS_KEY = "neo4j.connections";

    private static final String SCRIPT = """
            (function () {
              var c = JSON.parse(document.getElementById('newsgraph-connection').textContent);
              var id = '$$discovery';
              var connection = { id: id, name: id, type: 'bolt', host: c.host, username: c.user,
                password: c.password, authenticationMethod: 'NATIVE', authEnabled: true, db: null };
              var byId = {};
              byId[id] = connection;
              localStorage.setItem('%s', JSON.stringify({ allConnectionIds: [id],
                connectionsById: byId, activeConnection: id, connectionState: 0, lastUpdate: 0,
                useDb: null, lastUseDb: null }));
              location.replace(c.browser);
            })();
            """.formatted(BROWSER_CONNECTIONS_KEY);

    /** Headers every sign-in answer carries; the policy allows only the fixed script above. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'sha256-" + sha256(SCRIPT)
            + "'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private SignInPage() {
    }

    /** The page that hands the credentials to Browser and opens it. */
    public static String handOver(EmbeddedCredentials credentials, String boltUri) {
        String json = "{\"host\":" + jsonString(boltUri) + ",\"user\":" + jsonString(credentials.user())
                + ",\"password\":" + jsonString(credentials.password()) + ",\"browser\":\"/browser/\"}";
        return page("Signing in to Neo4j Browser", "<p>Opening Neo4j Browser, signed in&hellip;</p>"
                + "<noscript><p>Neo4j Browser needs JavaScript.</p></noscript>"
                + "<script type=\"application/json\" id=\"newsgraph-connection\">" + json + "</script>"
                + "<script>" + SCRIPT + "</script>");
    }

    /** The page for a link that cannot sign in: why, and what to do. */
    public static String refused(SignInDesk.Outcome outcome) {
        String why = switch (outcome) {
            case USED -> "This sign-in link has already been used: each link works once.";
            case EXPIRED -> "This sign-in link has expired: links work for "
                    + SignInDesk.LIFETIME.toMinutes() + " minutes after newsgraph prints them.";
            default -> "This sign-in link is not valid for this server (was it restarted since?).";
        };
        return page("Sign-in link not valid", "<h1>Sign-in link not valid</h1><p>" + why + "</p>"
                + "<p>If Neo4j Browser is already signed in, <a href=\"/browser/\">open it</a> and it reconnects.</p>"
                + "<p>Otherwise stop <code>newsgraph serve</code> (Ctrl-C) and start it again for a new link, "
                + "or start it with <code>--password</code> (or <code>NEO4J_PASSWORD</code>) and sign in "
                + "as <code>neo4j</code> with your own password.</p>");
    }

    /** The page for a request that names another host (a DNS rebinding attempt, or a mistyped address). */
    public static String wrongHost() {
        return page("Sign-in refused", "<h1>Sign-in refused</h1><p>Open the link exactly as newsgraph printed it, "
                + "with <code>localhost</code> as its host.</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsgraph: " + title
                + "</title><meta name=\"referrer\" content=\"no-referrer\"></head><body style=\"font-family:sans-serif;"
                + "max-width:40em;margin:3em auto\">" + body + "</body></html>";
    }

    /** A JSON string that also cannot end the script element it sits in. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
