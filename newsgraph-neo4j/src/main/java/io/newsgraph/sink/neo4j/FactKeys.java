package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Predicate;

/**
 * The facts {@link ImportFiles} has written, for its check that none comes twice: a fact is one
 * relationship by its type, its id and the node numbers of its ends, as the loader merges it.
 *
 * <p>Held as two longs per fact in one open-addressing table: the two ends, exactly while node
 * numbers stay below 2^32, and the type's ordinal folded into the top bits of a 63-bit hash of
 * the id. A set of records kept an object, a map entry and the id string alive per fact (some
 * 130 MB for a million facts), and adding to it was a tenth of building the tables. Two
 * different facts with the same ends would have to agree on all 63 bits of that second long to
 * be taken for one: with the handful of facts that share their ends, that is beyond any corpus's
 * reach.
 */
final class FactKeys {
    private static final int FIRST_CAPACITY = 1 << 10;
    /** Two slots per fact: ends, then type and id hash (never 0, which marks a free slot). */
    private long[] slots = new long[2 * FIRST_CAPACITY];
    private int size;

    /** False when this fact was added before. */
    boolean add(Predicate predicate, String id, long subject, long object) {
        if (2 * (size + 1) > capacity()) {
            grow();
        }
        long ends = subject << 32 ^ object;
        long typed = idHash(id) ^ (long) predicate.ordinal() << 56 | 1L;
        return insert(slots, ends, typed);
    }

    private boolean insert(long[] table, long ends, long typed) {
        int mask = table.length / 2 - 1;
        for (int i = mix(ends ^ typed) & mask; ; i = (i + 1) & mask) {
            long present = table[2 * i + 1];
            if (present == 0) {
                table[2 * i] = ends;
                table[2 * i + 1] = typed;
                size++;
                return true;
            }
            if (present == typed && table[2 * i] == ends) {
                return false;
            }
        }
    }

    private int capacity() {
        return slots.length / 2;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                insert(slots, old[i], old[i + 1]);
            }
        }
    }

    /** FNV-1a over the id's chars: 64 bits, where String.hashCode has 32. */
    private static long idHash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Spreads the bits over the table's index (Murmur3's finaliser). */
    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }
}
