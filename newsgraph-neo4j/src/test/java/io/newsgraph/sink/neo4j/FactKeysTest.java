package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FactKeysTest {
    @Test
    void aFactIsTheSameOnlyWithTheSameTypeIdAndEnds() {
        FactKeys keys = new FactKeys();
        assertThat(keys.add(Predicate.OWNS, "fact/1", 3, 4)).isTrue();
        assertThat(keys.add(Predicate.OWNS, "fact/1", 3, 4)).as("the same fact again").isFalse();
        assertThat(keys.add(Predicate.LEADS, "fact/1", 3, 4)).as("another type").isTrue();
        assertThat(keys.add(Predicate.OWNS, "fact/2", 3, 4)).as("another id").isTrue();
        assertThat(keys.add(Predicate.OWNS, "fact/1", 4, 3)).as("ends swapped").isTrue();
        assertThat(keys.add(Predicate.OWNS, "fact/1", 0, 0)).as("node number 0 at both ends").isTrue();
        assertThat(keys.add(Predicate.OWNS, "fact/1", 0, 0)).isFalse();
        assertThat(keys.add(Predicate.OWNS, "fact/1", Integer.MAX_VALUE, 4)).as("the largest node number").isTrue();
    }

    @Test
    void agreesWithASetOfRecordsOverManyFactsAsTheTableGrows() {
        record Key(Predicate predicate, String id, long subject, long object) {
        }
        FactKeys keys = new FactKeys();
        Set<Key> reference = new HashSet<>();
        Random random = new Random(7);
        List<Predicate> predicates = List.of(Predicate.values());
        for (int i = 0; i < 200_000; i++) {
            // Few ends and ids, so that repeats and near repeats are common.
            Key k = new Key(predicates.get(random.nextInt(3)), "fact/" + random.nextInt(500), random.nextInt(30),
                    random.nextInt(30));
            assertThat(keys.add(k.predicate(), k.id(), k.subject(), k.object())).as("fact %d: %s", i, k)
                    .isEqualTo(reference.add(k));
        }
        assertThat(reference).hasSizeGreaterThan(100_000);
    }
}
