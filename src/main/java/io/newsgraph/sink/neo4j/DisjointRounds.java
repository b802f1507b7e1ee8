package io.newsgraph.sink.neo4j;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits relationship writes into rounds of two lanes that touch disjoint sets of nodes, so that
 * two transactions can write at once without waiting on each other's node locks or deadlocking.
 * Each node id falls into one of four parts by hash; a relationship belongs to the unordered
 * pair of its ends' parts. In every round the two lanes hold pairs with no part in common, and
 * the five rounds cover all ten pairs: {0,1}|{2,3}, {0,2}|{1,3}, {0,3}|{1,2}, {0}|{1}, {2}|{3}.
 */
final class DisjointRounds {
    static final int PARTS = 4;
    /** Lane of each pair, indexed [smaller part][larger part]: rounds are lanes 0-1, 2-3, 4-5, 6-7, 8-9. */
    private static final int[][] LANE = {
        {6, 0, 2, 4},
        {0, 7, 5, 3},
        {2, 5, 8, 1},
        {4, 3, 1, 9}};

    private DisjointRounds() {
    }

    static int part(String id) {
        return Math.floorMod(id.hashCode(), PARTS);
    }

    /** The items as five rounds of two lanes each; within a lane, items keep their order. */
    static <T> List<List<List<T>>> split(List<T> items, Function<T, String> from, Function<T, String> to) {
        List<List<T>> lanes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lanes.add(new ArrayList<>());
        }
        for (T item : items) {
            lanes.get(LANE[part(from.apply(item))][part(to.apply(item))]).add(item);
        }
        List<List<List<T>>> rounds = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            rounds.add(List.of(lanes.get(2 * r), lanes.get(2 * r + 1)));
        }
        return rounds;
    }
}
