package io.newsgraph.extract;

import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction on held-out news sentences written for this test (src/test/resources/extract/
 * unseen-sentences.tsv): precision and recall of asserted WORKS_FOR, LEADS, LIVES_IN, LOCATED_IN
 * and KILLED claims, each sentence read as an article of its own. Prints the figures and every
 * miss; the floors are a little under what the extractors measured when they were set, so a
 * change that costs precision or recall on text no rule was written for fails here.
 */
class UnseenSentencesIT {
    private static ExtractionPipeline pipeline;

    private static synchronized ExtractionPipeline pipeline() {
        if (pipeline == null) {
            pipeline = ExtractionPipeline.create(1);
        }
        return pipeline;
    }

    @Test
    void heldOutSentencesMeetPrecisionAndRecallFloors() throws Exception {
        List<UnseenSentences.Item> items = UnseenSentences.load();
        assertThat(items).hasSizeGreaterThanOrEqualTo(60);
        UnseenSentences.Score score = UnseenSentences.score(items, (Article a) -> pipeline().extract(List.of(a)), System.out);

        assertThat(score.forbiddenHits()).as("claims a careful reader would not make").isEmpty();
        assertThat(score.all().precision()).as("overall %s", score.all()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.all().recall()).as("overall %s", score.all()).isGreaterThanOrEqualTo(0.75);
        score.perPredicate().forEach((p, c) -> {
            assertThat(c.precision()).as("%s %s", p, c).isGreaterThanOrEqualTo(0.85);
            assertThat(c.recall()).as("%s %s", p, c).isGreaterThanOrEqualTo(0.6);
        });
    }
}
