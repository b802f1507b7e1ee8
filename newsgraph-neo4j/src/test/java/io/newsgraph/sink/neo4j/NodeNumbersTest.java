package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NodeNumbersTest {
    @Test
    void numbersRunFromZeroAcrossKindsAndAnIdOfTwoKindsIsTwoNodes() {
        NodeNumbers n = new NodeNumbers();
        assertThat(n.of(NodeNumbers.Kind.ARTICLE, "a-1")).isZero();
        assertThat(n.of(NodeNumbers.Kind.ENTITY, "a-1")).as("an entity with an article's id").isEqualTo(1);
        assertThat(n.of(NodeNumbers.Kind.EVENT, "ev-1")).isEqualTo(2);
        assertThat(n.of(NodeNumbers.Kind.ARTICLE, "a-1")).as("seen before").isZero();
        assertThat(n.of(NodeNumbers.Kind.ENTITY, "a-1")).isEqualTo(1);
        assertThat(n.count()).isEqualTo(3);
    }

    @Test
    void agreesWithAMapOverManyIdsAsTheTablesGrow() {
        NodeNumbers n = new NodeNumbers();
        Map<String, Long> reference = new HashMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 300_000; i++) {
            // Ids of a shared shape that differ in a few characters, as entity ids do; some come again.
            String id = "person/name-" + random.nextInt(120_000);
            long expected = reference.computeIfAbsent(id, k -> (long) reference.size());
            assertThat(n.of(NodeNumbers.Kind.ENTITY, id)).as(id).isEqualTo(expected);
        }
        assertThat(n.count()).isEqualTo(reference.size());
    }
}
