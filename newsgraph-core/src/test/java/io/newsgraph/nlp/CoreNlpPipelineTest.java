package io.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pipeline decides without its models (the models themselves: CoreNlpPipelineIT). */
class CoreNlpPipelineTest {
    @Test
    void documentDatesArePaddedOrDropped() {
        assertThat(CoreNlpPipeline.documentDate("2024")).isEqualTo("2024-01-01");
        assertThat(CoreNlpPipeline.documentDate("2024-10-25T10:00")).isEqualTo("2024-10-25");
        assertThat(CoreNlpPipeline.documentDate("yesterday")).isNull();
        assertThat(CoreNlpPipeline.documentDate(null)).isNull();
    }
}
