package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Evidence;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceListsTest {
    private static final Evidence A1 = new Evidence("a", 1, 0, 10, "Ann met Bob.", "verb", 0.8);
    private static final Evidence A1_AGAIN = new Evidence("a", 1, 0, 10, "Ann met Bob!", "verb", 0.9);
    private static final Evidence B2 = new Evidence("b", 2, 20, 40, "Bob and Ann met.", "verb", 0.6);
    private static final Evidence C3 = new Evidence("c", 3, 5, 9, "They met.", "coref", 0.4);

    @Test
    void propertiesAreParallelListsWithTheBestConfidenceAndDistinctArticles() {
        Map<String, Object> p = EvidenceLists.properties(List.of(A1, B2, new Evidence("a", 4, 50, 60, "Again.", "x", 0.1)));
        assertThat(p.get("evidenceArticles")).isEqualTo(List.of("a", "b", "a"));
        assertThat(p.get("evidenceSentences")).isEqualTo(List.of(1L, 2L, 4L));
        assertThat(p.get("evidenceEnds")).isEqualTo(List.of(10L, 40L, 60L));
        assertThat(p.get("confidence")).isEqualTo(0.8);
        assertThat(p.get("articleCount")).isEqualTo(2L);
        assertThat(p.keySet()).containsAll(EvidenceLists.PROPERTIES);
    }

    @Test
    void readGivesBackWhatPropertiesWrote() {
        List<Evidence> evidence = List.of(A1, B2, C3);
        assertThat(EvidenceLists.read(Values.value(EvidenceLists.properties(evidence)))).isEqualTo(evidence);
    }

    @Test
    void theRuleThatFiredIsAListOfItsOwnUnsetWhenNoEvidenceNamesOne() {
        Evidence named = new Evidence("a", 1, 0, 10, "Ann met Bob.", "verb", 0.8, null, null, "verb/subj-verb-obj");
        Map<String, Object> p = EvidenceLists.properties(List.of(named, B2));
        assertThat(p.get("evidenceRules")).isEqualTo(List.of("verb/subj-verb-obj", ""));
        assertThat(EvidenceLists.read(Values.value(p))).containsExactly(named, B2);
        assertThat(EvidenceLists.properties(List.of(A1, B2)).get("evidenceRules")).isNull();
    }

    @Test
    void readToleratesHandMadeRelationships() {
        assertThat(EvidenceLists.read(Values.value(Map.of("confidence", 0.3)))).isEmpty();
        assertThat(EvidenceLists.read(Values.value(Map.of("evidenceArticles", List.of("x"), "confidence", 0.3))))
                .containsExactly(new Evidence("x", 0, 0, 0, "", "manual", 0.3));
    }

    @Test
    void incomingEvidenceReplacesTheSameReadingAndOtherOldEvidenceStays() {
        assertThat(EvidenceLists.merge(List.of(A1, B2), List.of(A1_AGAIN, C3), false, Set.of()))
                .containsExactly(B2, A1_AGAIN, C3);
    }

    @Test
    void evidenceOfReplacedArticlesGoesUnlessThisLoadWroteIt() {
        assertThat(EvidenceLists.merge(List.of(A1, B2), List.of(C3), false, Set.of("a"))).containsExactly(B2, C3);
        assertThat(EvidenceLists.merge(List.of(A1, B2), List.of(C3), true, Set.of("a"))).containsExactly(A1, B2, C3);
        assertThat(EvidenceLists.merge(List.of(A1, B2), List.of(), false, Set.of("b"))).containsExactly(A1);
    }
}
