package io.newsgraph.sink.neo4j;

import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowsTest {
    @Test
    void mentionSharesSumToTheTotal() {
        Map<String, Object> row = Rows.entity(new Entity("person/a", "A", EntityType.PERSON, List.of(), 7,
                List.of("x", "y", "z", "x")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shares = (List<Map<String, Object>>) row.get("shares");
        assertThat(shares).extracting(s -> s.get("article")).containsExactly("x", "y", "z");
        assertThat(shares).extracting(s -> (Integer) s.get("mentions")).containsExactly(3, 2, 2);
    }

    @Test
    void mergeReasonsAreThreeListsOfOneLengthAndUnsetWhenThereAreNone() {
        Entity e = new Entity("person/a-b", "A B", EntityType.PERSON, List.of("A B", "B", "Dr B"), 3, List.of("x"),
                List.of(new AliasMerge("B", "short name", "A B"), new AliasMerge("Dr B", "title", "A B")), "apposition");
        Map<String, Object> row = Rows.entity(e);
        assertThat(row.get("mergedAliases")).isEqualTo(List.of("B", "Dr B"));
        assertThat(row.get("mergeReasons")).isEqualTo(List.of("short name", "title"));
        assertThat(row.get("mergedInto")).isEqualTo(List.of("A B", "A B"));
        assertThat(row.get("typeRule")).isEqualTo("apposition");
        Map<String, Object> plain = Rows.entity(new Entity("person/c", "C", EntityType.PERSON, List.of(), 1, List.of("x")));
        assertThat(plain.get("mergedAliases")).isNull();
        assertThat(plain.get("typeRule")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFactWithoutEntityIdsGetsTheIdsResolveWouldGive() {
        Fact f = new Fact("fact/1", "Ann Example", Predicate.PRAISED, "Bob Sample", null, null, null, null, null,
                null, null, null, List.of(new Evidence("a1", 0, 0, 10, "Ann praised Bob.", "test", 0.5)));
        Map<String, Object> row = Rows.fact(f);
        assertThat(row).containsEntry("subjectId", "other/ann-example").containsEntry("objectId", "other/bob-sample")
                .containsEntry("predicate", "PRAISED");
        assertThat((Map<String, Object>) row.get("props")).containsEntry("polarity", "positive")
                .containsEntry("modality", "asserted").containsEntry("attributedTo", null);
    }
}
