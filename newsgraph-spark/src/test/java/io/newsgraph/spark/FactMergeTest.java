package io.newsgraph.spark;

import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One statement met in two articles, merged as the one-machine assembler merges its frames. */
class FactMergeTest {
    private static Fact fact(String article, Modality mod, String attributedTo, String event, String date) {
        Evidence ev = new Evidence(article, 0, 0, 10, "A met B.", "rules", 0.9, attributedTo, date, "rules/meet");
        return new Fact("fact/1", "Ann", Predicate.values()[0], "Bo", "person/ann", "person/bo", Polarity.POSITIVE, mod,
                attributedTo, event, date, null, List.of(ev));
    }

    @Test
    void reportedInOneArticleAndAssertedInAnotherIsAsserted() {
        Fact merged = FactMerge.merge(List.of(fact("b", Modality.REPORTED, "Reuters", null, null),
                fact("a", Modality.ASSERTED, null, "event/a-0-meet", "2024-05-01")));
        assertThat(merged.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(merged.attributedTo()).isNull();
        assertThat(merged.event()).isEqualTo("event/a-0-meet");
        assertThat(merged.date()).isEqualTo("2024-05-01");
        assertThat(merged.evidence()).extracting(Evidence::article).containsExactly("a", "b");
    }

    @Test
    void reportedEverywhereKeepsTheFirstAttribution() {
        Fact merged = FactMerge.merge(List.of(fact("a", Modality.REPORTED, "Reuters", null, "2024"),
                fact("b", Modality.REPORTED, "AP", null, "2023")));
        assertThat(merged.modality()).isEqualTo(Modality.REPORTED);
        assertThat(merged.attributedTo()).isEqualTo("Reuters");
        assertThat(merged.date()).isEqualTo("2024");
        assertThat(merged.evidence()).hasSize(2);
    }
}
