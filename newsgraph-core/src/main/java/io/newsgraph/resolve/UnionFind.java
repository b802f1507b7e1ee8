package io.newsgraph.resolve;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Minimal union-find with deterministic roots (the alphabetically smallest member). */
final class UnionFind<T extends Comparable<T>> {
    private final Map<T, T> parent = new TreeMap<>();

    void add(T t) {
        parent.putIfAbsent(t, t);
    }

    Set<T> items() {
        return new LinkedHashSet<>(parent.keySet());
    }

    T find(T t) {
        add(t);
        T p = parent.get(t);
        if (p.equals(t)) {
            return t;
        }
        T r = find(p);
        parent.put(t, r);
        return r;
    }

    void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
