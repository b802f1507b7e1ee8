package io.newsgraph.ingest;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape every cleaned text has, whatever went in: the contract provenance offsets rely on. */
class CleanedTextShapeTest {
    @Property(tries = 300)
    void anyInputGivesWellShapedParagraphs(@ForAll("messyText") String raw) {
        String text = TextCleaner.standard().clean(raw).text();
        assertThat(text).doesNotContain("\n\n\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(text).isEqualTo(text.strip());
        for (String line : text.split("\n", -1)) {
            assertThat(line).isEqualTo(line.strip()).doesNotContain("  ");
        }
        if (!text.isEmpty()) {
            assertThat(text.split("\n\n")).allSatisfy(p -> assertThat(p).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("The", "Minister", "said", ".", ",", "—", "“", "”", "â€™", "Ã©", "Advertisement",
                        "Photo: A / B (Getty Images)", "Related", "Shop now", "\n", "\n\n", "\r\n", "\t", "\u00A0",
                        "\u200B", "  ", "- ", "# ", "By JANE DOE", "Updated May 2, 2025", "e\u0301", "\u0000", "\uFEFF"));
        return pieces.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Test
    void cleaningTheCleanExamplesChangesNothing() {
        cleaningAgainChangesNothing(TestGraphs.repoRoot().resolve("examples/articles"));
    }

    /** The scraped seeds carry more furniture than the examples, so they are the harder case. */
    @Test
    @RequiresShared("seeds")
    void cleaningTheCleanSeedsChangesNothing() {
        cleaningAgainChangesNothing(SharedData.seeds());
    }

    private static void cleaningAgainChangesNothing(Path folder) {
        IngestResult read = new Ingest().read(List.of(folder.toString()), System.in);
        assertThat(read.problems()).isEmpty();
        assertThat(read.articles()).isNotEmpty();
        for (Article a : read.articles()) {
            assertThat(TextCleaner.standard().clean(a.text()).text()).as(a.id()).isEqualTo(a.text());
        }
    }
}
