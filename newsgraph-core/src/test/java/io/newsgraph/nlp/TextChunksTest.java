package io.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a long text is cut for annotation: never inside a sentence when a better cut exists, never leaving gaps. */
class TextChunksTest {
    private static void assertCovers(String text, List<TextChunks.Chunk> chunks, int max) {
        assertThat(chunks.get(0).begin()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(chunks.get(i).end() - chunks.get(i).begin()).isLessThanOrEqualTo(max);
            if (i > 0) {
                assertThat(chunks.get(i).begin()).isEqualTo(chunks.get(i - 1).end());
            }
        }
    }

    @Test
    void aShortTextIsOnePiece() {
        assertThat(TextChunks.split("Short text.", 100)).containsExactly(new TextChunks.Chunk(0, 11));
        assertThat(TextChunks.split("", 100)).containsExactly(new TextChunks.Chunk(0, 0));
    }

    @Test
    void cutsAtParagraphBreaksAndKeepsTheBlankLinesWithThePieceBefore() {
        String para = "The council met on Monday.\nIt voted twice.";
        String text = String.join("\n\n", para, para, para, para);
        List<TextChunks.Chunk> chunks = TextChunks.split(text, 100);
        assertCovers(text, chunks, 100);
        for (TextChunks.Chunk c : chunks) {
            assertThat(c.of(text)).startsWith("The council");
        }
        assertThat(chunks.get(0).of(text)).endsWith("twice.\n\n");
    }

    @Test
    void aParagraphBreakBeatsALineBreakAndALineBreakBeatsASentenceEnd() {
        String text = "Aa bb cc dd ee ff.\n\nGg hh.\nIi jj. Kk ll. Mm nn.";
        assertThat(text.substring(TextChunks.cut(text, 0, 30))).startsWith("Gg hh.");
        assertThat(text.substring(TextChunks.cut(text, 12, 34))).startsWith("Ii jj.");
        assertThat(text.substring(TextChunks.cut(text, 20, 40))).startsWith("Kk ll.");
    }

    @Test
    void aSingleLineIsCutAfterASentenceEndNotAfterAnAbbreviationOrAName() {
        String text = "Rain fell. Mr. Ruiz left at 9 p.m. on Monday with Dr. Holm of the U.S. Army and it rained again. "
                + "The end came at 5 p.m. Mr. Ruiz smiled.";
        int cut = TextChunks.cut(text, 0, text.length() - 1);
        assertThat(text.substring(cut)).startsWith("The end came");
    }

    @Test
    void aLineOfRepeatedSentencesIsCutBetweenThem() {
        String text = "Rain fell again and again. ".repeat(400).strip();
        List<TextChunks.Chunk> chunks = TextChunks.split(text, 1_000);
        assertCovers(text, chunks, 1_000);
        assertThat(chunks).hasSizeGreaterThan(10);
        for (TextChunks.Chunk c : chunks) {
            assertThat(c.of(text)).startsWith("Rain fell");
            assertThat(c.of(text).strip()).endsWith("again.");
        }
    }

    @Test
    void textWithoutBreaksFallsBackToSpacesThenToAHardCut() {
        String words = "word ".repeat(50);
        int cut = TextChunks.cut(words, 0, 42);
        assertThat(words.charAt(cut - 1)).isEqualTo(' ');
        String solid = "x".repeat(250);
        List<TextChunks.Chunk> chunks = TextChunks.split(solid, 100);
        assertCovers(solid, chunks, 100);
        assertThat(chunks).hasSize(3);
    }

    @Test
    void tooSmallALimitIsRefused() {
        assertThatThrownBy(() -> TextChunks.split("abc", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
