package io.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline choices: the full set stays today's; fast does CoreNLP's fine-grained step with hash lookups. */
class NlpSettingsTest {
    @Test
    void fullIsTodaysAnnotatorSet() {
        NlpSettings full = NlpSettings.full();
        assertThat(full.annotators()).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse,coref");
        assertThat(full.properties()).containsEntry("ner.applyFineGrained", "true").containsEntry("coref.algorithm", "fastneural");
        assertThat(full.label()).isEqualTo("full/fastneural");
    }

    @Test
    void fastTagsFromTheGazetteersAfterPlainNer() {
        NlpSettings fast = new NlpSettings("fastneural", true, true);
        assertThat(fast.annotators()).isEqualTo("tokenize,ssplit,pos,lemma,ner,gazner,depparse,coref");
        assertThat(fast.properties()).containsEntry("ner.applyFineGrained", "false")
                .containsEntry("customAnnotatorClass.gazner", "io.newsgraph.nlp.GazetteerNerAnnotator");
    }

    @Test
    void noCoreferenceDropsTheAnnotator() {
        NlpSettings none = new NlpSettings("none", true, true);
        assertThat(none.coref()).isFalse();
        assertThat(none.annotatorSet()).doesNotContain("coref").contains("depparse");
        assertThat(none.properties()).doesNotContainKey("coref.algorithm");
        assertThat(none.label()).isEqualTo("fast/none");
    }

    @Test
    void theDefaultsRunTheGazetteerStepWithoutCoreNlpCoreference() {
        String nlp = System.clearProperty(NlpSettings.NLP_PROPERTY);
        String coref = System.clearProperty(NlpSettings.COREF_PROPERTY);
        try {
            NlpSettings defaults = NlpSettings.defaults();
            assertThat(defaults.label()).isEqualTo("fast/none");
            assertThat(defaults.annotatorSet()).doesNotContain("coref").contains("ner", "gazner", "depparse");
            assertThat(defaults.properties()).containsEntry("ner.applyFineGrained", "false");
            assertThat(defaults).isNotEqualTo(NlpSettings.full());
        } finally {
            restore(NlpSettings.NLP_PROPERTY, nlp);
            restore(NlpSettings.COREF_PROPERTY, coref);
        }
    }

    private static void restore(String property, String value) {
        if (value != null) {
            System.setProperty(property, value);
        }
    }

    @Test
    void anUnknownAlgorithmIsNamed() {
        assertThatThrownBy(() -> new NlpSettings("neural", true, false))
                .hasMessageContaining("-Dnewsgraph.coref=neural").hasMessageContaining("fastneural, statistical or none");
    }
}
