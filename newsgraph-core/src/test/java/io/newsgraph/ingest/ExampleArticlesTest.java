package io.newsgraph.ingest;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled examples are what `newsgraph run` shows a new user: they must read cleanly. */
class ExampleArticlesTest {
    private static final Path EXAMPLES = TestGraphs.repoRoot().resolve("examples/articles");
    private static IngestResult result;
    private static Map<String, Article> byId;

    @BeforeAll
    static void read() {
        result = new Ingest().read(List.of(EXAMPLES.toString()), System.in);
        byId = result.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }

    @Test
    void everyExampleReadsWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSizeGreaterThanOrEqualTo(8);
        for (Article a : result.articles()) {
            assertThat(a.title()).as(a.id()).isNotBlank();
            int words = a.text().split("\\s+").length;
            assertThat(words).as(a.id()).isBetween(100, 450);
        }
    }

    @Test
    void allFourFormatsAreThere() throws IOException {
        Set<String> extensions;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            extensions = s.map(p -> p.getFileName().toString().replaceAll("^[^.]*\\.", "")).collect(Collectors.toSet());
        }
        assertThat(extensions).contains("txt", "md", "html", "jsonl");
        assertThat(result.articles().stream().filter(a -> a.path().endsWith(".jsonl")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theHtmlExampleLosesAllItsFurniture() {
        Article a = byId.get("spacex-contracts-review");
        assertThat(a.text()).doesNotContain("Skip to content", "Home", "Share on", "Copy link", "Photo:", "Lena Ortiz",
                "Falcon 9 rocket on the pad", "Advertisement", "Shop now", "newsletter", "Subscribe", "Related",
                "lifeline", "Most read", "community guidelines", "All rights reserved", "dataLayer", "National security\n");
        assertThat(a.text()).startsWith("Lawmakers Seek Review of SpaceX Contracts After Putin Report\n\nTwo senior members");
        assertThat(a.text()).contains("Kremlin spokesman Dmitry Peskov").endsWith("request for comment.");
        assertThat(a.author()).isEqualTo("Rachel Okafor, Tom Haines");
        assertThat(a.published()).isEqualTo("2024-10-28");
        assertThat(a.source()).isEqualTo("The Capital Dispatch");
    }

    @Test
    void theMojibakeExampleIsGarbledOnDiskAndCleanAfterIngest() throws IOException {
        String raw = Files.readString(EXAMPLES.resolve("taiwan-starlink-mojibake.txt"));
        assertThat(raw).contains("â€”", "â€™", "Ã©");
        String text = byId.get("taiwan-starlink-mojibake").text();
        assertThat(text).doesNotContain("â€", "Ã").contains("Taiwan’s government", "José Ramírez", "providers — none");
    }

    @Test
    void markdownExampleKeepsItsGivenId() {
        assertThat(byId).containsKey("kremlin-denies-musk-calls");
        assertThat(byId.get("kremlin-denies-musk-calls").text()).contains("did not ask Musk", "If Musk had shared");
    }
}
