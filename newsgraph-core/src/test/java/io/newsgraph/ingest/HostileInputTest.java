package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.only;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs of docs/hostile-inputs.md that ingest alone decides (no CoreNLP): many
 * tiny files, a huge JSON line, UTF-16 without a mark, CRLF line ends, invisible and
 * right-to-left characters, JSON lines that are not objects. Each bad one is one line naming
 * the input; the good ones are read exactly as their clean twins.
 */
class HostileInputTest {
    private static final String STORY = "Harbour Crane Repaired\n\nEngineers repaired the old crane at the harbour on Tuesday.\n";

    @TempDir
    Path dir;

    @Test
    void twoThousandTinyFilesAreAllRead() {
        Path folder = dir.resolve("tiny");
        for (int i = 0; i < 2_000; i++) {
            write(folder, String.format("note-%04d.txt", i), "Note " + i + " from the parish council about bench " + i + ".\n");
        }
        long t0 = System.nanoTime();
        IngestResult r = read(folder);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).hasSize(2_000);
        Set<String> ids = new HashSet<>();
        r.articles().forEach(a -> ids.add(a.id()));
        assertThat(ids).hasSize(2_000).contains("note-0000", "note-1999");
        // Generous for a shared 2-core machine; it takes well under a second alone.
        assertThat(millis).as("reading 2,000 tiny files").isLessThan(30_000);
    }

    @Test
    void aTwentyMegabyteJsonLineIsRefusedWithoutHoldingItAndTheNextLineIsRead() throws IOException {
        Path corpus = dir.resolve("huge-line.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 16)) {
            out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "Rain fell on the quay again. ".repeat(1_000).getBytes(StandardCharsets.US_ASCII);
            long written = 0;
            while (written < 20L * 1024 * 1024) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            out.write("{\"id\": \"after\", \"text\": \"The ferry left on time.\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        IngestResult r = read(corpus);
        assertThat(r.articles()).extracting(Article::id).containsExactly("after");
        assertThat(messages(r)).singleElement().asString()
                .startsWith(corpus + ":1: too large (20.0 MB, limit 5 MB)");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDecodedWithAWarning() {
        String text = "Tram Line Opens\n\nThe new tram line in Basel opened on Sunday morning.";
        Path le = write(dir, "le.txt", text.getBytes(StandardCharsets.UTF_16LE));
        Path be = write(dir, "be.txt", text.getBytes(StandardCharsets.UTF_16BE));
        IngestResult r = read(le, be);
        assertThat(r.articles()).extracting(Article::text).containsExactly(text, text);
        assertThat(messages(r)).containsExactly(le + ": warning: no byte-order mark; read as UTF-16LE",
                be + ": warning: no byte-order mark; read as UTF-16BE");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void crlfLineEndsGiveTheSameArticlesAsLf() {
        String md = "---\ntitle: Crane Story\npublished: 2024-05-02\n---\n" + STORY;
        String jsonl = "{\"id\": \"j1\", \"title\": \"Crane\", \"text\": \"Engineers repaired the crane.\"}\n"
                + "{\"id\": \"j2\", \"text\": \"The crane lifted a boat.\"}\n";
        IngestResult unix = read(write(dir, "lf/a.txt", STORY), write(dir, "lf/b.md", md), write(dir, "lf/c.jsonl", jsonl));
        IngestResult dos = read(write(dir, "crlf/a.txt", crlf(STORY)), write(dir, "crlf/b.md", crlf(md)),
                write(dir, "crlf/c.jsonl", crlf(jsonl)));
        assertThat(dos.problems()).isEmpty();
        assertThat(dos.articles()).hasSize(4).isEqualTo(unix.articles());
        assertThat(dos.articles().get(1).title()).isEqualTo("Crane Story");
        assertThat(dos.articles().get(1).published()).isEqualTo("2024-05-02");
        assertThat(dos.articles()).extracting(Article::text).noneMatch(t -> t.contains("\r"));
    }

    private static String crlf(String s) {
        return s.replace("\n", "\r\n");
    }

    @Test
    void invisibleAndDirectionControlsAreDroppedAndRightToLeftLettersKept() {
        String hostile = "Mayor \u200BElena\u200B Vos\u00AD\u2060 met \u202E\u05d3\u05d5\u05d3 \u05db\u05d4\u05df\u202C and "
                + "\u2067\u0645\u062d\u0645\u062f \u0639\u0644\u064a\u2069\u200F in \u200EHaifa\uFEFF on Sunday.";
        String plain = "Mayor Elena Vos met \u05d3\u05d5\u05d3 \u05db\u05d4\u05df and "
                + "\u0645\u062d\u0645\u062f \u0639\u0644\u064a in Haifa on Sunday.";
        IngestResult r = read(write(dir, "hidden.txt", hostile), write(dir, "plain.txt", plain));
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::text).containsExactly(plain, plain);
        Article titled = only(read(write(dir, "t.md", "---\ntitle: \"\u202Egnikaerb\u202C News\u200F\"\n---\n" + plain)));
        assertThat(titled.title()).isEqualTo("gnikaerb News");
    }

    @Test
    void jsonLinesThatAreNotObjectsAreNamedByLine() {
        Path c = write(dir, "scalars.jsonl", """
                {"id": "ok", "text": "The ferry left on time."}
                "just a string"
                42
                null
                true
                [{"id": "x", "text": "An object inside an array."}]
                {"id": "ok2", "text": "The ferry came back."}
                """);
        IngestResult r = read(c);
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok", "ok2");
        assertThat(messages(r)).containsExactly(
                c + ":2: expected a JSON object, found a string",
                c + ":3: expected a JSON object, found a number",
                c + ":4: expected a JSON object, found null",
                c + ":5: expected a JSON object, found a boolean",
                c + ":6: expected a JSON object, found an array");
    }

    @Test
    void duplicateIdsAcrossFilesAndLinesKeepEveryArticle() {
        Path a = write(dir, "a.md", "---\nid: same\n---\n" + STORY);
        Path b = write(dir, "b.jsonl", "{\"id\": \"same\", \"text\": \"The crane lifted a boat.\"}\n"
                + "{\"id\": \"same\", \"text\": \"The crane lifted a boat.\"}\n");
        IngestResult r = read(a, b);
        List<String> ids = r.articles().stream().map(Article::id).toList();
        assertThat(ids).hasSize(3).doesNotHaveDuplicates().first().isEqualTo("same");
        assertThat(r.hasErrors()).isFalse();
        assertThat(messages(r)).hasSize(2).allMatch(m -> m.startsWith(b + ":") && m.contains("warning: duplicate id 'same'"));
    }
}
