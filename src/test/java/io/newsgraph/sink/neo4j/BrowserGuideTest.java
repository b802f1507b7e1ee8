package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cypher/guide.html and cypher/style.grass are copies of what the embedded server serves. Run
 * with -Dnewsgraph.regenerate=true to rewrite them after changing BrowserGuide.
 */
class BrowserGuideTest {
    static final String DEFAULT_BASE = "http://localhost:7474" + EmbeddedNeo4j.GUIDE_MOUNT;

    @Test
    void copiesInCypherFolderMatchWhatIsServed() throws IOException {
        Path guide = TestGraphs.repoRoot().resolve("cypher/guide.html");
        Path style = TestGraphs.repoRoot().resolve("cypher/style.grass");
        if (Boolean.getBoolean("newsgraph.regenerate")) {
            Files.writeString(guide, BrowserGuide.html(DEFAULT_BASE));
            Files.writeString(style, BrowserGuide.grass());
        }
        assertThat(Files.readString(guide)).isEqualTo(BrowserGuide.html(DEFAULT_BASE));
        assertThat(Files.readString(style)).isEqualTo(BrowserGuide.grass());
    }

    @Test
    void everyLabelHasAStyleAndTheGuideHasRunnableQueries() {
        for (String label : new String[] {"Person", "Organization", "Location", "Product", "NamedEvent", "Other", "Article", "Event"}) {
            assertThat(BrowserGuide.grass()).contains("node." + label + " {");
        }
        assertThat(BrowserGuide.html("http://h:1/newsgraph")).contains(":style http://h:1/newsgraph/style.grass")
                .contains("class=\"pre-scrollable code runnable\"").doesNotContain("NEWSGRAPH_BASE");
    }
}
