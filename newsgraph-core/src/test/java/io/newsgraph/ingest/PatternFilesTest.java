package io.newsgraph.ingest;

import io.newsgraph.TestGraphs;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the pattern files: each says where its entries come from, catches what it is for, and spares story prose. */
class PatternFilesTest {
    private static final PatternList BOILERPLATE = PatternList.load("boilerplate-lines.txt");
    private static final PatternList CREDITS = PatternList.load("photo-credits.txt");
    private static final PatternList AD_MARKERS = PatternList.load("advert-markers.txt");
    private static final PatternList SECTIONS = PatternList.load("section-markers.txt");

    @ParameterizedTest
    @ValueSource(strings = {"boilerplate-lines.txt", "photo-credits.txt", "advert-markers.txt", "promo-vocabulary.txt",
            "section-markers.txt", "mojibake.tsv", "html-noise.txt"})
    void everyFileSaysWhereItsEntriesComeFrom(String name) throws IOException {
        try (InputStream in = PatternList.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            String header = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
            assertThat(header).startsWith("#").containsIgnoringCase("come from");
        }
        assertThat(PatternList.resourceLines(name)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "boilerplate-lines.txt|Skip to main content",
            "boilerplate-lines.txt|We may earn a commission when you buy through our links.",
            "boilerplate-lines.txt|7 min read",
            "boilerplate-lines.txt|Share on LinkedIn",
            "boilerplate-lines.txt|Sign up for our daily newsletter",
            "boilerplate-lines.txt|Before commenting, please read our community rules.",
            "boilerplate-lines.txt|Select some text and hit Ctrl + Enter to report it",
            "boilerplate-lines.txt|35 minutes ago",
            "boilerplate-lines.txt|Reporting by Ana Lind; Editing by Paul Roe",
            "boilerplate-lines.txt|Related: Port strike spreads to the south",
            "photo-credits.txt|Photo: ANNA BERG / Staff (Getty Images)",
            "photo-credits.txt|Omar Haddad/AFP via Getty Images",
            "photo-credits.txt|Credit: Lena Ortiz",
            "photo-credits.txt|The harbour at dawn. (Reuters)",
            "advert-markers.txt|Advertisement",
            "advert-markers.txt|Story continues below advertisement",
            "section-markers.txt|Other Topics of Interest",
            "section-markers.txt|More from our correspondents",
            "section-markers.txt|You might also like"})
    void furnitureIsCaught(String file, String line) {
        assertThat(PatternList.load(file).matchesLine(line)).as(line).isTrue();
    }

    /** The example articles hold no furniture: no paragraph of their source may match a pattern. */
    @Test
    void storyParagraphsAreNeverTakenForFurniture() throws IOException {
        Path examples = TestGraphs.repoRoot().resolve("examples/articles");
        List<String> paragraphs = new ArrayList<>();
        for (String file : List.of("musk-putin-calls.txt", "velika-brod-strike.txt", "port-aldine-election.md",
                "kremlin-denies-report.md")) {
            paragraphs.addAll(List.of(FrontMatter.parse(Files.readString(examples.resolve(file))).body().split("\n\n")));
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(examples.resolve("news-corpus.jsonl"))) {
            paragraphs.addAll(List.of(json.readTree(line).get("text").asText().split("\n\n")));
        }
        PromoBlocks promo = new PromoBlocks(AD_MARKERS, PatternList.load("promo-vocabulary.txt"), SECTIONS);
        assertThat(paragraphs).hasSizeGreaterThan(30);
        for (String p : paragraphs) {
            String text = p.strip();
            assertThat(BOILERPLATE.matchesLine(text) || CREDITS.matchesLine(text) || AD_MARKERS.matchesLine(text)
                    || SECTIONS.matchesLine(text) || promo.isPromo(text)).as(text).isFalse();
        }
    }
}
