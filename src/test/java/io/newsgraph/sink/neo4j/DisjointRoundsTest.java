package io.newsgraph.sink.neo4j;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DisjointRoundsTest {
    record Rel(String from, String to) {
    }

    @Property
    void lanesOfARoundShareNoNodeAndEveryItemIsWrittenOnce(@ForAll List<@net.jqwik.api.constraints.AlphaChars String> ids) {
        List<Rel> rels = new ArrayList<>();
        for (int i = 0; i + 1 < ids.size(); i++) {
            rels.add(new Rel(ids.get(i), ids.get(i + 1)));
        }
        List<List<List<Rel>>> rounds = DisjointRounds.split(rels, Rel::from, Rel::to);
        assertThat(rounds).hasSize(5).allSatisfy(r -> assertThat(r).hasSize(2));
        List<Rel> all = new ArrayList<>();
        for (List<List<Rel>> round : rounds) {
            Set<String> left = nodes(round.get(0));
            Set<String> right = nodes(round.get(1));
            left.retainAll(right);
            assertThat(left).isEmpty();
            round.forEach(all::addAll);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(rels);
    }

    @Test
    void everyPairOfPartsHasItsOwnLane() {
        Set<String> seen = new HashSet<>();
        String[] byPart = new String[DisjointRounds.PARTS];
        for (int i = 0; seen.size() < DisjointRounds.PARTS; i++) {
            String id = "e" + i;
            if (seen.add("p" + DisjointRounds.part(id))) {
                byPart[DisjointRounds.part(id)] = id;
            }
        }
        List<Rel> rels = new ArrayList<>();
        for (String a : byPart) {
            for (String b : byPart) {
                rels.add(new Rel(a, b));
            }
        }
        List<List<List<Rel>>> rounds = DisjointRounds.split(rels, Rel::from, Rel::to);
        // 16 ordered pairs: 4 on the diagonal, one lane each; 12 others, two (both directions) per lane.
        for (List<List<Rel>> round : rounds) {
            for (List<Rel> lane : round) {
                assertThat(lane.size()).isIn(1, 2);
            }
        }
    }

    private static Set<String> nodes(List<Rel> rels) {
        Set<String> s = new HashSet<>();
        rels.forEach(r -> {
            s.add(r.from());
            s.add(r.to());
        });
        return s;
    }
}
