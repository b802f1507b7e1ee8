package io.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotatorTimesTest {
    private static final String REPORT = """
            Annotation pipeline timing information:
            TokenizerAnnotator: 0.3 sec.
            NERCombinerAnnotator: 12.5 sec.
            CorefAnnotator: 20.0 sec.
            TOTAL: 32.8 sec. for 8000 tokens at 243.9 tokens/sec.""";

    @Test
    void readsEachAnnotatorInOrderAndLeavesTheTotalOut() {
        AnnotatorTimes t = AnnotatorTimes.parse(REPORT);
        assertThat(t.seconds()).containsExactly(java.util.Map.entry("TokenizerAnnotator", 0.3),
                java.util.Map.entry("NERCombinerAnnotator", 12.5), java.util.Map.entry("CorefAnnotator", 20.0));
        assertThat(t.total()).isEqualTo(32.8, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void twoReadingsGiveWhatRanBetweenThem() {
        AnnotatorTimes before = AnnotatorTimes.parse("TokenizerAnnotator: 0.1 sec.\nCorefAnnotator: 5.0 sec.\n");
        AnnotatorTimes after = AnnotatorTimes.parse(REPORT);
        assertThat(after.since(before).seconds().get("CorefAnnotator")).isEqualTo(15.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.since(before).seconds().get("NERCombinerAnnotator")).isEqualTo(12.5);
    }
}
