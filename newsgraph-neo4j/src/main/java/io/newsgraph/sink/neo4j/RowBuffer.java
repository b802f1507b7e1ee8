package io.newsgraph.sink.neo4j;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an {@link InputTable} packed into large byte pages: a row's values one after the
 * other, each a tag and its bytes (strings as UTF-8), and the values many rows share (label
 * arrays, relationship types, the load's datetime) as an index into a short list. Kept as objects,
 * a million facts were some fifteen million small objects that the garbage collector copied again
 * and again while the tables grew (943 MiB of heap); packed they are a few hundred pages. Rows are
 * unpacked again, one at a time, by the importer's threads (reads share no state).
 */
final class RowBuffer {
    /**
     * Bytes per page: well under half of G1's smallest region (1 MiB), so that no page is a
     * humongous object; 1 MiB pages each took a whole 2 MiB region of a 4 GB heap, twice their size.
     */
    private static final int PAGE = (1 << 18) - 64;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte STRINGS = 4;
    private static final byte LONGS_ARRAY = 5;
    private static final byte DOUBLES = 6;
    private static final byte SHARED = 7;

    /** Per value slot: whether its values are shared by many rows (stored once, referred to by index). */
    private final boolean[] sharedSlots;
    private final List<Object> shared = new ArrayList<>();
    private final Map<Object, Integer> sharedIndex = new HashMap<>();
    private final List<byte[]> pages = new ArrayList<>();
    /** Each row's page (high 32 bits) and offset in it. */
    private long[] starts = new long[1024];
    private int rows;
    private byte[] page = new byte[0];
    private int used;
    private byte[] scratch = new byte[4096];
    private int length;

    RowBuffer(boolean[] sharedSlots) {
        this.sharedSlots = sharedSlots;
    }

    void append(Object[] values) {
        length = 0;
        for (int i = 0; i < values.length; i++) {
            write(values[i], sharedSlots[i]);
        }
        if (used + length > page.length) {
            page = new byte[Math.max(PAGE, length)];
            pages.add(page);
            used = 0;
        }
        System.arraycopy(scratch, 0, page, used, length);
        if (rows == starts.length) {
            starts = Arrays.copyOf(starts, rows * 2);
        }
        starts[rows++] = ((long) (pages.size() - 1) << 32) | used;
        used += length;
    }

    /** The values of row {@code row}, as they were appended. */
    Object[] get(int row) {
        Object[] values = new Object[sharedSlots.length];
        Reader r = new Reader(pages.get((int) (starts[row] >>> 32)), (int) starts[row]);
        for (int i = 0; i < values.length; i++) {
            values[i] = r.value();
        }
        return values;
    }

    /** Frees the pages. */
    void clear() {
        pages.clear();
        page = new byte[0];
        starts = new long[0];
        used = 0;
    }

    private void write(Object v, boolean sharedSlot) {
        if (v == null) {
            put(NULL);
        } else if (sharedSlot) {
            put(SHARED);
            varint(sharedIndex.computeIfAbsent(v, k -> {
                shared.add(k);
                return shared.size() - 1;
            }));
        } else if (v instanceof String s) {
            put(STRING);
            string(s);
        } else if (v instanceof Long l) {
            put(LONG);
            long8(l);
        } else if (v instanceof Double d) {
            put(DOUBLE);
            long8(Double.doubleToRawLongBits(d));
        } else if (v instanceof String[] a) {
            put(STRINGS);
            varint(a.length);
            for (String s : a) {
                string(s);
            }
        } else if (v instanceof long[] a) {
            put(LONGS_ARRAY);
            varint(a.length);
            for (long l : a) {
                long8(l);
            }
        } else if (v instanceof double[] a) {
            put(DOUBLES);
            varint(a.length);
            for (double d : a) {
                long8(Double.doubleToRawLongBits(d));
            }
        } else {
            throw new IllegalArgumentException("no packed form for a " + v.getClass().getSimpleName());
        }
    }

    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, scratch, length, bytes.length);
        length += bytes.length;
    }

    private void long8(long v) {
        ensure(8);
        LONGS.set(scratch, length, v);
        length += 8;
    }

    private void varint(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            scratch[length++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        scratch[length++] = (byte) v;
    }

    private void put(byte b) {
        ensure(1);
        scratch[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + more));
        }
    }

    /** Reads one row's values from its page. */
    private final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        Object value() {
            byte tag = bytes[at++];
            return switch (tag) {
                case NULL -> null;
                case SHARED -> shared.get(varint());
                case STRING -> string();
                case LONG -> long8();
                case DOUBLE -> Double.longBitsToDouble(long8());
                case STRINGS -> {
                    String[] a = new String[varint()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = string();
                    }
                    yield a;
                }
                case LONGS_ARRAY -> {
                    long[] a = new long[varint()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = long8();
                    }
                    yield a;
                }
                case DOUBLES -> {
                    double[] a = new double[varint()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = Double.longBitsToDouble(long8());
                    }
                    yield a;
                }
                default -> throw new IllegalStateException("corrupt row buffer: tag " + tag);
            };
        }

        private String string() {
            int n = varint();
            String s = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        private long long8() {
            long v = (long) LONGS.get(bytes, at);
            at += 8;
            return v;
        }

        private int varint() {
            int v = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            return v;
        }
    }
}
