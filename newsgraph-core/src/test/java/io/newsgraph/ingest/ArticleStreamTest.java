package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Ingest as a stream: articles are read as they are taken, with the problems of a full read, in its order. */
class ArticleStreamTest {
    private static final int LINES = 200;

    @TempDir
    Path dir;

    /**
     * Standard input that makes up a corpus of 200 lines of about 20 KB as it is read, a line at
     * most per read call, and counts the lines begun. Reading all of it before extraction (as
     * ingest did) would begin all 200 before the first article is handed out.
     */
    @Test
    void aCorpusIsReadALineAheadOfTheArticleTaken() {
        GeneratedCorpus stdin = new GeneratedCorpus();
        try (ArticleStream stream = new Ingest().stream(List.of("-"), stdin)) {
            assertThat(stream.next().id()).isEqualTo("line-1");
            assertThat(stdin.linesBegun).as("lines read for the first article").isLessThanOrEqualTo(2);
            for (int k = 2; k <= 10; k++) {
                assertThat(stream.next().id()).isEqualTo("line-" + k);
            }
            assertThat(stdin.linesBegun).as("lines read for ten articles").isLessThanOrEqualTo(11);
            int taken = 10;
            while (stream.hasNext()) {
                stream.next();
                taken++;
            }
            assertThat(taken).isEqualTo(LINES);
            assertThat(stream.articlesRead()).isEqualTo(LINES);
            assertThat(stream.problems()).isEmpty();
        }
    }

    @Test
    void problemsAreHeardAsEachInputIsDoneWithInTheOrderOfAFullRead() {
        write(dir, "a.jsonl", "{\"id\": \"a1\", \"text\": \"First story.\"}\n{not json\n"
                + "{\"id\": \"a3\", \"text\": \"Third story.\"}\n\"a string\"\n");
        write(dir, "b.txt", "A story in a file.");
        write(dir, "c.jpg", "not a picture");
        write(dir, "d.txt", "   \n");
        List<String> heard = new ArrayList<>();
        Ingest ingest = new Ingest().listener(new Ingest.Listener() {
            @Override
            public void problem(InputProblem p) {
                heard.add(p.toString().replace(dir.toString(), "DIR"));
            }
        });
        try (ArticleStream stream = ingest.stream(List.of(dir.toString()), InputStream.nullInputStream())) {
            // Walking the folder is done first: its problems are heard before any file is opened.
            assertThat(heard).containsExactly("DIR/c.jpg: warning: not read: .jpg is not an article format"
                    + " (.txt, .md, .html, .jsonl; name the file to read it anyway)");
            while (stream.hasNext()) {
                heard.add("article " + stream.next().id());
            }
            assertThat(heard.subList(1, heard.size())).containsExactly(
                    "article a1", "article a3",
                    "DIR/a.jsonl:2: not valid JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start "
                            + "field name at column 2)",
                    "DIR/a.jsonl:4: expected a JSON object, found a string",
                    "article b",
                    "DIR/d.txt: empty file (only whitespace)");
            assertThat(stream.problems()).containsExactlyElementsOf(IngestFixtures.read(dir).problems());
            assertThat(stream.errorCount()).isEqualTo(3);
        }
    }

    @Test
    void expectedArticlesIsTheFileCountUnlessACorpusMakesItUnknown() {
        write(dir, "one/a.txt", "A story.");
        write(dir, "one/b.md", "Another story.");
        write(dir, "two/c.jsonl", "{\"text\": \"A line.\"}\n");
        try (ArticleStream files = new Ingest().stream(List.of(dir.resolve("one").toString()), InputStream.nullInputStream());
             ArticleStream withCorpus = new Ingest().stream(List.of(dir.toString()), InputStream.nullInputStream())) {
            assertThat(files.expectedArticles()).isEqualTo(2);
            assertThat(withCorpus.sourceCount()).isEqualTo(3);
            assertThat(withCorpus.expectedArticles()).isEqualTo(-1);
        }
    }

    /** JSON Lines made up as they are read; a read call never returns more than the rest of one line. */
    private static final class GeneratedCorpus extends InputStream {
        private byte[] line = new byte[0];
        private int at;
        int linesBegun;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == line.length) {
                if (linesBegun == LINES) {
                    return -1;
                }
                linesBegun++;
                String text = ("Story number " + linesBegun + " tells of a harbour that reopened. ").repeat(300);
                line = ("{\"id\": \"line-" + linesBegun + "\", \"text\": \"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int n = Math.min(len, line.length - at);
            System.arraycopy(line, at, b, off, n);
            at += n;
            return n;
        }
    }
}
