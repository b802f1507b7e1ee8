package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class InputExpanderTest {
    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedInNameOrderSkippingHiddenFiles() {
        write(dir, "b.txt", "Second story.");
        write(dir, "a/z.md", "Nested story.");
        write(dir, "c.html", "<p>Third story.</p>");
        write(dir, ".hidden.txt", "Never read.");
        write(dir, ".git/HEAD.txt", "Never read either.");
        IngestResult r = read(dir);
        assertThat(r.articles()).extracting(Article::path).containsExactly("a/z.md", "b.txt", "c.html");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aFileReachedTwiceIsReadOnce() {
        Path story = write(dir, "story.txt", "One story.");
        IngestResult r = read(dir, story);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void standardInputIsReadOnceEvenIfNamedTwice() {
        IngestResult r = new Ingest().read(List.of("-", "-"),
                new ByteArrayInputStream("Piped story.".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.articles()).hasSize(1);
        assertThat(messages(r)).containsExactly("<stdin>: warning: '-' given more than once; standard input is read once");
    }

    @Test
    void anEmptyDirectoryIsAWarning() {
        Path empty = dir.resolve("empty");
        empty.toFile().mkdirs();
        assertThat(messages(read(empty))).containsExactly(empty + ": warning: directory holds no article files");
    }

    @Test
    void progressListenerHearsEverySource() {
        write(dir, "a.txt", "One.");
        write(dir, "b.txt", "Two.");
        List<String> heard = new ArrayList<>();
        Ingest ingest = new Ingest().listener(new Ingest.Listener() {
            @Override
            public void sourcesFound(int count) {
                heard.add("found " + count);
            }

            @Override
            public void sourceRead(String name, int articles) {
                heard.add(name + " " + articles);
            }
        });
        ingest.read(List.of(dir.toString()), System.in);
        // The total comes first, from the one listing of the tree that is then read.
        assertThat(heard).containsExactly("found 2", dir + "/a.txt 1", dir + "/b.txt 1");
    }

    @Test
    void aJsonArrayIsToldApartFromJsonLines() {
        Path array = write(dir, "articles.json", "[\n {\"id\": \"x\", \"text\": \"Story.\"}\n]\n");
        assertThat(messages(read(array))).containsExactly(
                array + ": a JSON array, not JSON Lines: write one article object per line (.jsonl)");
    }

    @Test
    void aNamedPipeIsReadOnceLikeStandardInput() throws Exception {
        Path fifo = dir.resolve("feed.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo not available");
        Thread writer = new Thread(() -> {
            try {
                java.nio.file.Files.writeString(fifo, "Pipe Story\n\nIt came through a pipe.\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        IngestResult r = read(fifo);
        writer.join(5000);
        assertThat(r.problems()).isEmpty();
        assertThat(IngestFixtures.only(r).text()).isEqualTo("Pipe Story\n\nIt came through a pipe.");
        assertThat(IngestFixtures.only(r).id()).isEqualTo("stdin-" + ArticleIds.hash("Pipe Story\n\nIt came through a pipe."));
    }
}
