package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {
    @TempDir
    Path dir;

    @Test
    void idsAreTheSameOnEveryRun() {
        write(dir, "north/report.txt", "Snow closes the pass.");
        write(dir, "south/report.txt", "Heat closes the schools.");
        write(dir, "corpus.jsonl", "{\"text\": \"A line without id.\"}\n{\"id\": \"given\", \"text\": \"A line with one.\"}\n");
        write(dir, "front.md", "---\nid: Chosen-ID 7\n---\nText.\n");
        IngestResult first = read(dir);
        IngestResult second = read(dir);
        assertThat(first.articles()).extracting(Article::id).isEqualTo(second.articles().stream().map(Article::id).toList());
        assertThat(first.articles()).extracting(Article::id).containsExactly(
                "corpus-" + ArticleIds.hash("A line without id."), "given", "Chosen-ID 7",
                "report", "report-" + ArticleIds.hash("Heat closes the schools."));
        assertThat(first.problems()).isEmpty();
    }

    @Test
    void sameTextUnderTheSameNameStillGetsDistinctIds() {
        write(dir, "a/copy.txt", "Identical text.");
        write(dir, "b/copy.txt", "Identical text.");
        write(dir, "c/copy.txt", "Identical text.");
        assertThat(read(dir).articles()).extracting(Article::id).containsExactly(
                "copy", "copy-" + ArticleIds.hash("Identical text."), "copy-" + ArticleIds.hash("Identical text.") + "-2");
    }

    @Test
    void aGivenIdUsedTwiceIsAWarning() {
        Path one = write(dir, "one.md", "---\nid: shared\n---\nFirst text.\n");
        Path two = write(dir, "two.md", "---\nid: shared\n---\nSecond text.\n");
        IngestResult r = read(one, two);
        String second = "shared-" + ArticleIds.hash("Second text.");
        assertThat(r.articles()).extracting(Article::id).containsExactly("shared", second);
        assertThat(messages(r)).containsExactly(two + ": warning: duplicate id 'shared' (first used by " + one + "); this article is '" + second + "'");
    }

    @Test
    void hashIsEightHexDigitsOfSha256() {
        // SHA-256("abc") starts with ba7816bf: the id must not depend on the JVM or platform.
        assertThat(ArticleIds.hash("abc")).isEqualTo("ba7816bf");
    }
}
