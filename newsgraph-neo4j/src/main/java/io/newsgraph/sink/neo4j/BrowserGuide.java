package io.newsgraph.sink.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Neo4j Browser guide ({@code :play}) and style ({@code :style}) for a newsgraph graph. The
 * files users of an external server take, cypher/guide.html and cypher/style.grass, are the ones
 * the embedded server serves: the build copies them onto the classpath, so there is one copy.
 */
public final class BrowserGuide {
    /** The address written in cypher/guide.html; the embedded server puts its own in its place. */
    public static final String DEFAULT_BASE = "http://localhost:7474" + EmbeddedNeo4j.GUIDE_MOUNT;

    private static final String GUIDE = "guide.html";
    private static final String STYLE = "style.grass";

    private BrowserGuide() {
    }

    /** Colours and captions per label: people blue, organisations orange, places green. */
    public static String grass() {
        return resource(STYLE);
    }

    /** The guide as cypher/guide.html has it, pointing at the default address. */
    public static String html() {
        return resource(GUIDE);
    }

    /** The guide pointing at a server's own address (for :style and links between slides). */
    public static String html(String baseUrl) {
        return html().replace(DEFAULT_BASE, baseUrl);
    }

    private static String resource(String name) {
        try (InputStream in = BrowserGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (the build copies it from cypher/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
