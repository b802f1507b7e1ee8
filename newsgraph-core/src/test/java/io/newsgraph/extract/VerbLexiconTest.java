package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerbLexiconTest {
    @Test
    void aMisspeltFlagFailsTheLoadNamingTheFrameAndTheFlag() {
        assertThatThrownBy(() -> new VerbLexicon("/extract/unknown-flag-frames.tsv"))
                .hasMessageContaining("'ask'").hasMessageContaining("unknown flag 'needs-objct'").hasMessageContaining("needs-object");
    }

    @Test
    void theShippedFramesUseOnlyKnownFlagsAndCarryTheirCameoCode() {
        VerbLexicon.Entry mass = VerbLexicon.get().lookup("mass", false).get(0);
        assertThat(mass.has("military-object")).isTrue();
        assertThat(mass.cameo()).isEqualTo("154");
    }
}
