package io.newsgraph.nlp;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckedInAnnotationsTest {
    private static Article article(String published, String text) {
        return new Article("a", null, null, published, null, null, null, text);
    }

    @Test
    void aTextWithoutAFileFailsAndSaysHowToRecordIt() {
        assertThatThrownBy(() -> CheckedInAnnotations.of(article("2025-03-14", "No test ever wrote this sentence about Velmora.")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No test ever wrote this sentence about Velmora.")
                .hasMessageContaining("-D" + CheckedInAnnotations.RECORD_PROPERTY + "=true");
    }

    @Test
    void theFileNameDependsOnTheTextAndTheDocumentDate() {
        String text = "The council met on Friday.";
        assertThat(CheckedInAnnotations.key(article("2025-03-14", text)))
                .isEqualTo(CheckedInAnnotations.key(article("2025-03-14T09:00", text)))
                .isNotEqualTo(CheckedInAnnotations.key(article("2024-01-01", text)))
                .isNotEqualTo(CheckedInAnnotations.key(article("2025-03-14", text + " ")));
    }

    @Test
    void everyCheckedInFileReads() {
        assertThat(CheckedInAnnotations.files()).isNotEmpty().allSatisfy(f -> assertThat(CheckedInAnnotations.read(f)).isNotNull());
    }
}
