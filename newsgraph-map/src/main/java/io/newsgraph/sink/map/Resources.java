package io.newsgraph.sink.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Class-path text: the page's own template, CSS and JS, and Cytoscape.js from its WebJar. */
final class Resources {
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private Resources() {
    }

    static String text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " (broken installation?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    static String page(String name) {
        return text("/io/newsgraph/map/" + name);
    }

    /** The version of the Cytoscape WebJar on the class path. */
    static String cytoscapeVersion() {
        try (InputStream in = Resources.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
        }
    }

    /** Cytoscape.js, minified, as shipped in the WebJar. */
    static String cytoscape() {
        return text("/META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js");
    }
}
