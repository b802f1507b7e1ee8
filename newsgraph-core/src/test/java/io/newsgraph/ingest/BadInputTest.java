package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.only;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Each kind of bad input gets one clear line naming the input, and good inputs still load. */
class BadInputTest {
    private static final String GOOD = "Library Reopens\n\nThe town library reopened on Saturday after repairs.\n";

    @TempDir
    Path dir;

    @Test
    void everyBadInputIsNamedAndTheGoodOnesStillLoad() throws IOException {
        write(dir, "a-good.txt", GOOD);
        write(dir, "empty.txt", "");
        write(dir, "blank.md", " \n\t\n  \n");
        write(dir, "report.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >>\n".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        write(dir, "archive.txt", zipBytes());
        write(dir, "nul.txt", "Some text\u0000with\u0000NUL bytes".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "nobody.html", "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/b'>Blog</a></nav><footer>Contact us</footer></body></html>");
        write(dir, "z-good.md", "---\ntitle: Bakery Wins Prize\n---\nThe bakery on Mill Street won a national prize.\n");
        Path missing = dir.resolve("does-not-exist.txt");

        IngestResult r = read(dir, missing);

        assertThat(r.articles()).extracting(Article::title).containsExactly("Library Reopens", "Bakery Wins Prize");
        assertThat(messages(r)).containsExactlyInAnyOrder(
                dir + "/archive.txt: not a text file (looks like a ZIP archive (or an Office document))",
                dir + "/blank.md: empty file (only whitespace)",
                dir + "/empty.txt: empty file",
                dir + "/nobody.html: no article text found in the HTML page",
                dir + "/nul.txt: not a text file (binary data: NUL bytes)",
                dir + "/photo.txt: not a text file (looks like a PNG image)",
                dir + "/report.txt: not a text file (looks like a PDF document)",
                missing + ": no such file or directory");
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() {
        byte[] latin = "Caf\u00e9 Owners Protest\n\nThe caf\u00e9 owners of the square \u2013 about twenty \u2013 marched on Monday.\n"
                .getBytes(Charset.forName("windows-1252"));
        IngestResult r = read(write(dir, "latin.txt", latin));
        Article a = only(r);
        assertThat(a.text()).contains("The café owners of the square – about twenty – marched");
        assertThat(messages(r)).containsExactly(dir + "/latin.txt: warning: not valid UTF-8 (byte 0xE9 at offset 3); read as Windows-1252");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        le.write("Zürich Votes Yes\n\nVoters in Zürich approved the plan.".getBytes(StandardCharsets.UTF_16LE));
        IngestResult r = read(write(dir, "utf16.txt", le.toByteArray()));
        assertThat(only(r).text()).isEqualTo("Zürich Votes Yes\n\nVoters in Zürich approved the plan.");
        assertThat(r.problems()).isEmpty();
        byte[] be = "Voters in Zürich approved the plan.".getBytes(StandardCharsets.UTF_16); // BE with BOM
        assertThat(only(read(write(dir, "utf16be.txt", be))).text()).isEqualTo("Voters in Zürich approved the plan.");
    }

    @Test
    void brokenHtmlIsReadAsFarAsItGoesWithAWarning() {
        IngestResult r = read(write(dir, "cut.html", "<!DOCTYPE html><html><head><title>Flood Warning</title></head><body>"
                + "<article><h1>Flood Warning for the Valley</h1><p>The river rose two metres overnight.<p>Schools are closed"
                + "<div class=\"share\"><a href=#>Share</a><a href=#>Tweet</a></div><p>Residents were told to move"));
        Article a = only(r);
        assertThat(a.text()).isEqualTo("Flood Warning for the Valley\n\nThe river rose two metres overnight.\n\nSchools are closed"
                + "\n\nResidents were told to move");
        assertThat(messages(r)).containsExactly(dir + "/cut.html: warning: HTML looks cut off (no closing </body> or </html>); read what is there");
    }

    @Test
    void tooLargeFileIsRefusedFromItsSizeWithoutReadingIt() throws IOException {
        Path big = write(dir, "huge.txt", "Huge File\n\nIt starts like an article.\n");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk or read into memory
        }
        write(dir, "small.txt", GOOD);
        IngestResult r = read(dir);
        assertThat(r.articles()).extracting(Article::id).containsExactly("small");
        assertThat(messages(r)).containsExactly(big + ": too large (50.0 MB, limit 5 MB)");
    }

    @Test
    void tooLargeJsonLineIsSkippedAndTheNextLinesRead() {
        String longText = "word ".repeat(300);
        String bigLine = "{\"id\": \"big\", \"text\": \"" + longText + "\"}";
        Path corpus = write(dir, "c.jsonl", bigLine + "\n{\"id\": \"ok\", \"text\": \"Short one.\"}\n");
        IngestResult r = new Ingest().maxArticleBytes(1000).read(List.of(corpus.toString()), System.in);
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(messages(r)).containsExactly(corpus + ":1: too large (" + bigLine.length() + " bytes, limit 1000 bytes)");
    }

    @Test
    void aHundredThousandCharacterLineIsFine() {
        String line = "The committee heard evidence from many witnesses, ".repeat(2100).strip();
        assertThat(line.length()).isGreaterThan(100_000);
        Article a = only(read(write(dir, "long.txt", line + "\n")));
        assertThat(a.text()).isEqualTo(line);
        Path corpus = write(dir, "long.jsonl", "{\"id\": \"long\", \"text\": \"" + line + "\"}\n");
        assertThat(only(read(corpus)).text()).isEqualTo(line);
    }

    @Test
    void nonEnglishArticlesAreKept() {
        String ru = "Выборы в городском совете\n\nЖители города выбрали новый совет в воскресенье.\n";
        String ja = "市議会選挙\n\n日曜日に市民が新しい議会を選んだ。\n";
        IngestResult r = read(write(dir, "ru.txt", ru), write(dir, "ja.txt", ja));
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::text).containsExactly(ru.strip(), ja.strip());
        assertThat(r.articles()).extracting(Article::id).containsExactly("ru", "ja");
    }

    @Test
    void symlinkLoopsAreReportedAndNotFollowed() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        write(sub, "story.txt", GOOD);
        Files.createSymbolicLink(sub.resolve("again"), dir);
        IngestResult r = read(dir);
        assertThat(r.articles()).extracting(Article::id).containsExactly("story");
        assertThat(messages(r)).singleElement().asString()
                .startsWith(dir + "/sub/again: warning: symbolic link loop").endsWith("not followed");
    }

    @Test
    void brokenSymlinkIsNamed() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        write(dir, "ok.txt", GOOD);
        IngestResult r = read(dir, link);
        assertThat(r.articles()).hasSize(1);
        assertThat(messages(r)).containsExactly(dir + "/gone.txt: broken symbolic link (its target does not exist)",
                link + ": broken symbolic link (its target does not exist)");
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path locked = write(dir, "locked.txt", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its mode: then there is nothing to test here.
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reads");
        IngestResult r = read(locked);
        assertThat(r.articles()).isEmpty();
        assertThat(messages(r)).containsExactly(locked + ": cannot read (permission denied)");
    }

    @Test
    void aReadFailureBecomesAProblemLine() throws IOException {
        // Reading a directory as a file fails with an I/O error for any user, root included:
        // the same path an unreadable file takes.
        Path folder = Files.createDirectories(dir.resolve("folder.txt"));
        Problems problems = new Problems();
        ReadContext in = new ReadContext(Source.file(folder, "folder.txt"), Ingest.DEFAULT_MAX_ARTICLE_BYTES, problems);
        org.assertj.core.api.Assertions.assertThatThrownBy(in::text).isInstanceOf(IOException.class);
        assertThat(InputExpander.reason(new java.nio.file.AccessDeniedException("x"))).isEqualTo("permission denied");
    }

    @Test
    void fileWithOnlyFurnitureIsReported() {
        IngestResult r = read(write(dir, "furniture.txt", "Advertisement\n\nSkip to content\n\n5 min read\n"));
        assertThat(messages(r)).containsExactly(dir + "/furniture.txt: no article text left after removing page furniture");
    }

    @Test
    void unknownExtensionsInDirectoriesAreReportedButNamedFilesAreSniffed() {
        write(dir, "cover.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        Path notes = write(dir, "notes.text2", GOOD);
        IngestResult r = read(dir);
        assertThat(r.articles()).isEmpty();
        assertThat(messages(r)).contains(dir + "/cover.jpg: warning: not read: .jpg is not an article format"
                + " (.txt, .md, .html, .jsonl; name the file to read it anyway)");
        assertThat(only(read(notes)).title()).isEqualTo("Library Reopens");
    }

    @Test
    void emptyStandardInputIsNamed() {
        assertThat(messages(IngestFixtures.readStdin(""))).containsExactly("<stdin>: standard input is empty");
    }

    private static byte[] zipBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("story.txt"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void brokenGzipIsNamed() {
        byte[] bad = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Path gz = write(dir, "bad.jsonl.gz", bad);
        write(dir, "fine.txt", GOOD);
        IngestResult r = read(dir);
        assertThat(r.articles()).hasSize(1);
        assertThat(messages(r)).singleElement().asString().startsWith(gz + ": ")
                .containsAnyOf("not a valid gzip file", "file is cut off");
    }
}
