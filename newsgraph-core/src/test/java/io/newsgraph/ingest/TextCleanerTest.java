package io.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cleaning rules on small texts written for these tests. */
class TextCleanerTest {
    private static String clean(String raw) {
        return TextCleaner.standard().clean(raw).text();
    }

    @Test
    void boilerplateLinesAreDropped() {
        String raw = """
                Skip to content
                Harbour Cranes Return to Work After Strike

                4 min read

                Share this article
                We may earn a commission when you buy through links on our site.

                Dock workers in the northern port went back to their cranes on Thursday.

                Advertisement

                The union said the new contract raises pay by six percent.

                Sign up for our newsletter to get the week's shipping news.
                Before commenting, please read our community guidelines.
                To report a typo, email the desk.
                You can also select the text and press Ctrl + Enter
                """;
        assertThat(clean(raw)).isEqualTo("""
                Harbour Cranes Return to Work After Strike

                Dock workers in the northern port went back to their cranes on Thursday.

                The union said the new contract raises pay by six percent.""");
    }

    @Test
    void photoCreditsAndTheirCaptionsAreDropped() {
        String raw = """
                The minister arrived late.

                Minister Ana Coelho
                Photo: PAUL MARTIN / Staff (Getty Images)

                Ferry passengers wait at the pier. Nadia Holm/AFP via Getty Images

                Credit: Erik Vos

                She spoke for ten minutes. (Photo by Jan Kos)
                """;
        assertThat(clean(raw)).isEqualTo("The minister arrived late.\n\nShe spoke for ten minutes.");
    }

    @Test
    void promotionBetweenAdvertMarkersGoesButStoryBetweenMarkersStays() {
        String raw = """
                The bridge will close for repairs in May.

                Advertisement

                Shop now: 40% off winter jackets
                Free shipping on all orders this week

                Advertisement

                Engineers found cracks in two of its supports last autumn.

                Advertisement

                Drivers will be sent through the old town instead.
                """;
        assertThat(clean(raw)).isEqualTo("""
                The bridge will close for repairs in May.

                Engineers found cracks in two of its supports last autumn.

                Drivers will be sent through the old town instead.""");
    }

    @Test
    void relatedStoryCardAndItsTeaserAreDropped() {
        String raw = """
                The council approved the tram extension on Monday.

                Lighthouse Keepers Train Falcons at Old Fort
                Other Topics of Interest

                Lighthouse Keepers Train Falcons at Old Fort

                Keepers at the Brannock lighthouse now raise falcons to scare gulls away from the lamp.

                Construction of the tram line will start in September, the council said.
                """;
        assertThat(clean(raw)).isEqualTo("""
                The council approved the tram extension on Monday.

                Construction of the tram line will start in September, the council said.""");
    }

    @Test
    void relatedMarkerDoesNotEatStoryParagraphs() {
        String raw = """
                The council approved the tram extension on Monday.

                Related:

                The tram extension will cost the council about 40 million euros.
                """;
        assertThat(clean(raw)).isEqualTo("""
                The council approved the tram extension on Monday.

                The tram extension will cost the council about 40 million euros.""");
    }

    @Test
    void breadcrumbsAtTheTopAreDropped() {
        assertThat(clean("world — europe — politics\n\nThe vote was close.")).isEqualTo("The vote was close.");
        assertThat(clean("The vote was close.\n\nRed — white — blue")).endsWith("Red — white — blue");
    }

    @Test
    void bylinesAndDatelinesBecomeMetadata() {
        TextCleaner.Result r = TextCleaner.standard().clean("""
                Port Strike Ends

                By  MARIA LOPEZ and JOHN KRAUSE
                Updated 9:12 AM CET, March 3, 2025

                The strike ended.
                """);
        assertThat(r.text()).isEqualTo("Port Strike Ends\n\nThe strike ended.");
        assertThat(r.bylineAuthor()).isEqualTo("Maria Lopez and John Krause");
        assertThat(r.datelinePublished()).isEqualTo("2025-03-03");
    }

    @Test
    void storyDatelineGivesTheDateAndKeepsTheText() {
        TextCleaner.Result r = TextCleaner.standard().clean("OSLO, Feb. 17, 2025 — Shares rose.");
        assertThat(r.text()).isEqualTo("OSLO, Feb. 17, 2025 — Shares rose.");
        assertThat(r.datelinePublished()).isEqualTo("2025-02-17");
    }

    @Test
    void whitespaceIsNormalisedAndQuotesKept() {
        String raw = "\uFEFF  Line\u00A0one\tis\u200B here,   “quoted”  ‘too’.  \r\n\r\n\r\n\r\nSecond\u2028line.\n";
        assertThat(clean(raw)).isEqualTo("Line one is here, “quoted” ‘too’.\n\nSecond line.");
    }

    @Test
    void textIsNfcNormalised() {
        String decomposed = "Cafe\u0301 owners in Re\u0301union";
        assertThat(clean(decomposed)).isEqualTo("Café owners in Réunion");
    }

    @Test
    void hardWrappedSentencesAreJoinedButHeadlinesAreNot() {
        String raw = """
                Council Backs Tram Line To The Harbour
                The city council voted on Monday to extend the tram line to the
                harbour, a project that residents of the eastern districts have
                demanded for a decade.
                Work starts in May.
                """;
        assertThat(clean(raw)).isEqualTo("""
                Council Backs Tram Line To The Harbour

                The city council voted on Monday to extend the tram line to the harbour, a project that \
                residents of the eastern districts have demanded for a decade.

                Work starts in May.""");
    }

    @Test
    void mojibakeIsRepairedBeforeCleaning() {
        assertThat(clean("The minister’s aide â€” Ana MÃ¼ller â€” said â€œnoâ€\u009d."))
                .isEqualTo("The minister’s aide — Ana Müller — said “no”.");
    }

    @Test
    void nonEnglishTextIsKept() {
        String ru = "Песков опроверг сообщения о регулярных контактах.";
        String zh = "台湾数位发展部表示，岛内通讯不依赖星链。";
        assertThat(clean(ru + "\n\n" + zh)).isEqualTo(ru + "\n\n" + zh);
    }

    @Test
    void metadataIsCleanedOnOneLine() {
        assertThat(TextCleaner.standard().cleanInline("  Kremlin â€” Denial\n of   Report ")).isEqualTo("Kremlin — Denial of Report");
        assertThat(TextCleaner.standard().cleanInline(" \t")).isNull();
    }

    @Test
    void shortStorySentencesWithPromoWordsAreKept() {
        String raw = "The minister called it the best deal on offer.\n\nFree shipping on all orders\n\nThe festival is presented by the city.";
        assertThat(clean(raw)).isEqualTo("The minister called it the best deal on offer.\n\nThe festival is presented by the city.");
    }

    @Test
    void proseThatStartsLikeABylineOrDatelineIsKept() {
        String raw = "By then, the river had risen.\n\nPosted on March 3, 2025, the video spread fast.";
        TextCleaner.Result r = TextCleaner.standard().clean(raw);
        assertThat(r.text()).isEqualTo("By then, the river had risen.\n\nPosted on March 3, 2025, the video spread fast.");
        assertThat(r.bylineAuthor()).isNull();
        assertThat(r.datelinePublished()).isNull();
    }
}
