package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.only;
import static io.newsgraph.ingest.IngestFixtures.read;
import static io.newsgraph.ingest.IngestFixtures.resource;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

class FormatReadersTest {
    @TempDir
    Path dir;

    @Test
    void plainTextTakesItsHeadlineAsTitle() {
        Article a = only(read(write(dir, "harbour.txt", "Harbour Strike Ends\n\nThe dock workers returned on Monday.\n")));
        assertThat(a.title()).isEqualTo("Harbour Strike Ends");
        assertThat(a.text()).isEqualTo("Harbour Strike Ends\n\nThe dock workers returned on Monday.");
        assertThat(a.id()).isEqualTo("harbour");
        assertThat(a.path()).endsWith("harbour.txt");
    }

    @Test
    void plainTextWithoutHeadlineIsTitledByItsFileName() {
        Article a = only(read(write(dir, "notes_2025.txt", "The dock workers returned on Monday. Pay rises by six percent.")));
        assertThat(a.title()).isEqualTo("notes_2025");
        assertThat(a.id()).isEqualTo("notes-2025");
    }

    @Test
    void markdownFrontMatterBecomesMetadataNotText() {
        Article a = only(read(resource("front-matter.md")));
        assertThat(a.id()).isEqualTo("ferry-fares-2025");
        assertThat(a.title()).isEqualTo("Ferry Fares Rise for the First Time in Five Years");
        assertThat(a.published()).isEqualTo("2025-01-08");
        assertThat(a.source()).isEqualTo("Island Courier");
        assertThat(a.url()).isEqualTo("https://courier.example.org/ferries/fares-2025");
        assertThat(a.author()).isEqualTo("Lea Sund, Omar Haddad");
        assertThat(a.text()).isEqualTo("""
                Ferry Fares Rise for the First Time in Five Years

                The ferry company Nordlink will raise its fares by 8 percent in March, its director Mikael Aho said on Wednesday.

                Aho said fuel now costs the company twice what it did in 2020. See the fare table for details.

                Single tickets rise to 14 euros.

                Season passes rise to 380 euros.""");
    }

    @Test
    void brokenFrontMatterIsAWarningAndTheTextIsStillRead() {
        IngestResult r = read(write(dir, "broken.md", """
                ---
                title: 'Unclosed quote
                this line is not yaml at all
                date: 2025-03-01
                ---
                The water board met on Tuesday.
                """));
        Article a = only(r);
        assertThat(a.text()).isEqualTo("The water board met on Tuesday.");
        assertThat(a.published()).isEqualTo("2025-03-01");
        assertThat(r.errors()).isEmpty();
        assertThat(messages(r)).anyMatch(m -> m.contains("broken.md: warning: front matter line 2 has an unclosed quote"))
                .anyMatch(m -> m.contains("front matter line 3 is not 'key: value'"));
    }

    @Test
    void frontMatterWithoutClosingFenceIsReadAsText() {
        IngestResult r = read(write(dir, "open.md", "---\ntitle: Lost Fence\n\nThe ferry was late again.\n"));
        assertThat(only(r).text()).contains("The ferry was late again.");
        assertThat(messages(r)).anyMatch(m -> m.contains("no closing '---'"));
    }

    @Test
    void htmlMetadataFromJsonLdAndTextWithoutFurniture() {
        IngestResult r = read(resource("json-ld-graph.html"));
        Article a = only(r);
        assertThat(a.title()).isEqualTo("Budget Passes After All-Night Session");
        assertThat(a.published()).isEqualTo("2025-04-02");
        assertThat(a.author()).isEqualTo("Ines Rocha, Piet Bakker");
        assertThat(a.source()).isEqualTo("Valley Times");
        assertThat(a.url()).isEqualTo("https://valley.example.com/budget-passes");
        assertThat(a.text()).isEqualTo("""
                Budget Passes After All-Night Session

                The regional parliament approved next year's budget at dawn on Wednesday, after a debate that lasted fourteen hours.

                Finance minister Carla Neves said the plan cuts the deficit by a third.

                Opposition leader Tomas Ferreira criticised the cuts to rural bus services.""");
        assertThat(messages(r)).containsExactly("%s: warning: JSON-LD block is not valid JSON; its metadata ignored"
                .formatted(resource("json-ld-graph.html")));
    }

    @Test
    void htmlMetadataFromMetaTags() {
        Article a = only(read(resource("meta-only.html")));
        assertThat(a.title()).isEqualTo("Wind Farm Approved Off the Coast");
        assertThat(a.published()).isEqualTo("2025-05-19");
        assertThat(a.author()).isEqualTo("Hanna Virtanen");
        assertThat(a.source()).isEqualTo("Coastal Energy News");
        assertThat(a.url()).isEqualTo("https://energy.example.net/wind-farm-approved");
        assertThat(a.text()).isEqualTo("The energy regulator approved a 60-turbine wind farm off the southern coast on Monday."
                + "\n\nThe developer, Bluewater Power, expects the first turbines to turn in 2027.");
    }

    @Test
    void aTxtFileThatIsReallyHtmlIsReadAsHtml() {
        Article a = only(read(write(dir, "saved-page.txt",
                "<!DOCTYPE html><html><head><title>Dam Inspection Finds Cracks</title></head><body>"
                        + "<nav><a href='/'>Home</a><a href='/x'>News</a></nav>"
                        + "<article><h1>Dam Inspection Finds Cracks</h1><p>Inspectors found two cracks in the old dam.</p></article>"
                        + "</body></html>")));
        assertThat(a.title()).isEqualTo("Dam Inspection Finds Cracks");
        assertThat(a.text()).isEqualTo("Dam Inspection Finds Cracks\n\nInspectors found two cracks in the old dam.");
    }

    @Test
    void filesWithoutExtensionAreSniffed() {
        Article md = only(read(write(dir, "STORY", "---\ntitle: Sniffed Markdown\n---\nThe mill reopened.\n")));
        assertThat(md.title()).isEqualTo("Sniffed Markdown");
        assertThat(md.text()).isEqualTo("The mill reopened.");
        IngestResult jsonl = read(write(dir, "CORPUS", "{\"id\": \"x1\", \"text\": \"The mill reopened.\"}\n"));
        assertThat(only(jsonl).id()).isEqualTo("x1");
    }

    @Test
    void jsonLinesKeepsGoodLinesAndNamesBadOnes() {
        Path corpus = resource("corpus.jsonl");
        IngestResult r = read(corpus);
        assertThat(r.articles()).extracting(Article::title).containsExactly(
                "Library Opens in Old Mill", "Second Use of an Id", "7", "No Id");
        Article first = r.articles().get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.published()).isEqualTo("2025-02-01");
        assertThat(first.source()).isEqualTo("Mill Town Post");
        assertThat(r.articles().get(1).id()).startsWith("a1-").hasSize("a1-".length() + 8);
        assertThat(r.articles().get(2).id()).isEqualTo("7");
        assertThat(r.articles().get(3).id()).matches("corpus-[0-9a-f]{8}");
        String c = corpus.toString();
        assertThat(messages(r)).containsExactly(
                c + ":3: not valid JSON (Unexpected end-of-input: expected close marker for Object at column 105)",
                c + ":4: missing \"text\"",
                c + ":5: \"text\" must be a string, found a number",
                c + ":6: expected a JSON object, found an array",
                c + ":7: warning: duplicate id 'a1' (first used by " + c + ":1); this article is '" + r.articles().get(1).id() + "'",
                c + ":8: warning: \"title\" must be a string, found a number; ignored");
    }

    @Test
    void gzippedJsonLinesAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(resource("corpus.jsonl")));
        }
        IngestResult r = read(write(dir, "corpus.jsonl.gz", bytes.toByteArray()));
        assertThat(r.articles()).hasSize(4);
        assertThat(r.articles().get(0).id()).isEqualTo("a1");
        assertThat(r.errors()).hasSize(4);
        assertThat(r.errors().get(0).toString()).startsWith(dir.resolve("corpus.jsonl.gz") + ":3: not valid JSON");
        // The id of a line without one derives from the file stem, the same with or without gzip.
        assertThat(r.articles().get(3).id()).isEqualTo(read(resource("corpus.jsonl")).articles().get(3).id());
    }

    @Test
    void truncatedGzipKeepsTheLinesBeforeTheCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                gz.write(("{\"id\": \"n" + i + "\", \"text\": \"Item " + i + " of a long list with words " + i * 7919L + ".\"}\n").getBytes());
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        IngestResult r = read(write(dir, "cut.jsonl.gz", cut));
        assertThat(r.articles()).isNotEmpty().hasSizeLessThan(2000);
        assertThat(messages(r)).singleElement().asString().contains("gzip file is cut off after this line");
    }

    @Test
    void standardInputIsSniffedAndGetsAStableId() {
        IngestResult r = IngestFixtures.readStdin("Canal Reopens\n\nBoats passed the lock again on Friday.\n");
        Article a = only(r);
        assertThat(a.id()).matches("stdin-[0-9a-f]{8}");
        assertThat(a.path()).isEqualTo("<stdin>");
        assertThat(a.title()).isEqualTo("Canal Reopens");
        assertThat(IngestFixtures.readStdin("Canal Reopens\n\nBoats passed the lock again on Friday.\n").articles().get(0).id())
                .isEqualTo(a.id());
        IngestResult corpus = IngestFixtures.readStdin("{\"id\": \"s1\", \"text\": \"From a pipe.\"}\n{\"id\": \"s2\", \"text\": \"Also piped.\"}\n");
        assertThat(corpus.articles()).extracting(Article::id).containsExactly("s1", "s2");
    }

    @Test
    void theSiteLogoH1IsNotTakenForTheHeadline() {
        Article a = only(read(write(dir, "logo.html", "<!DOCTYPE html><html><head><title>Harbour Fees Double - Port Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Port Gazette\"></head><body><h1 class=\"brand\">Port Gazette</h1>"
                + "<p class=\"section\">Local</p><h1>Harbour fees double</h1><p>The port authority doubled its fees on Monday.</p>"
                + "</body></html>")));
        assertThat(a.title()).isEqualTo("Harbour Fees Double");
        assertThat(a.text()).isEqualTo("Harbour fees double\n\nThe port authority doubled its fees on Monday.");
    }
}
