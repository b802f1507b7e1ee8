package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.newsgraph.ingest.IngestFixtures.only;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Titles of HTML pages whose <title> is unclosed or empty, on pages written for these tests. */
class HtmlTitleTest {
    @TempDir
    Path dir;

    private static final String BODY = "<p>The Corvale ferry service resumed on Tuesday after a week of storms, the operator said.</p>"
            + "<p>Passengers had waited in the harbour town since Monday, and extra sailings were added.</p></body></html>";

    @Test
    void anUnclosedTitleEndsAtItsLineAndTheBodyIsStillRead() {
        Article a = only(read(write(dir, "open.html", "<html><head><title>Ferries Sail Again\n</head><body>"
                + "<article><h1>Ferries Sail Again</h1>" + BODY)));
        assertThat(a.title()).isEqualTo("Ferries Sail Again");
        assertThat(a.text()).contains("Passengers had waited in the harbour town");
    }

    @Test
    void anEmptyTitleFallsBackToTheHeadingThenToTheFirstLine() {
        Article heading = only(read(write(dir, "empty.html", "<html><head><title></title></head><body><article>"
                + "<h1>Storm Season Ends</h1>" + BODY)));
        assertThat(heading.title()).isEqualTo("Storm Season Ends");

        Article line = only(read(write(dir, "bare.html", "<html><head><title> </title></head><body><article>" + BODY)));
        assertThat(line.title()).startsWith("The Corvale ferry service resumed").hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void aFallenBackTitleIsAtMostThreeHundredCharacters() {
        assertThat(HtmlReader.firstLine("word ".repeat(100) + "\nsecond line")).hasSizeLessThanOrEqualTo(HtmlReader.MAX_TITLE);
        assertThat(HtmlReader.closeUnclosedTitle("<title>" + "x".repeat(400))).contains("x".repeat(300) + "</title>");
    }
}
