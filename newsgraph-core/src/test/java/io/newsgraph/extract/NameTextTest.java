package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names that keep the remains of a broken encoding are not names; invisible marks at the ends are cut. */
class NameTextTest {
    @Test
    void brokenEncodingsAreRecognised() {
        assertThat(NameText.isBroken("Nordvik Sparebank\u00EF\u00BB\u00BF")).isTrue(); // a byte-order mark read as Windows-1252
        assertThat(NameText.isBroken("Ren\u00C3\u00A9e Aalto")).isTrue();               // "é" read the same way
        assertThat(NameText.isBroken("Kestrel\uFFFD Bank")).isTrue();
        assertThat(NameText.isBroken("Kestrel\u0007 Bank")).isTrue();
        assertThat(NameText.isBroken("Ren\u00E9e Aalto")).isFalse();
        assertThat(NameText.isBroken("S\u00E3o Tom\u00E9")).isFalse();
    }

    @Test
    void strayMarksAtTheEndsAreCut() {
        assertThat(NameText.trimmed("\uFEFFNordvik Sparebank\u200B")).isEqualTo("Nordvik Sparebank");
        assertThat(NameText.trimmed("Nordvik Sparebank")).isEqualTo("Nordvik Sparebank");
    }
}
