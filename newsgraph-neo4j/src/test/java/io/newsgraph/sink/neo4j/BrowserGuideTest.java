package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide and style the embedded server serves are the files in cypher/. */
class BrowserGuideTest {
    @Test
    void servesTheFilesOfTheCypherFolder() throws IOException {
        Path guide = TestGraphs.repoRoot().resolve("cypher/guide.html");
        Path style = TestGraphs.repoRoot().resolve("cypher/style.grass");
        assertThat(BrowserGuide.html()).isEqualTo(Files.readString(guide)).contains(BrowserGuide.DEFAULT_BASE);
        assertThat(BrowserGuide.grass()).isEqualTo(Files.readString(style));
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
