package io.newsgraph.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text as a set of word shingles (runs of {@value #WIDTH} words, lower-cased, hashed),
 * for telling syndicated copies and light rewrites apart from independent reporting by the
 * Jaccard overlap of two sets. Punctuation, case and layout do not count; one changed word
 * changes only the {@value #WIDTH} shingles that hold it.
 */
final class Shingles {
    static final int WIDTH = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final long[] hashes;

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    static Shingles of(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[WIDTH];
        long[] out = new long[Math.max(16, text.length() / 4)];
        int words = 0;
        int n = 0;
        while (m.find()) {
            window[words % WIDTH] = m.group().hashCode();
            words++;
            if (words >= WIDTH) {
                long h = 1125899906842597L;
                for (int i = words - WIDTH; i < words; i++) {
                    h = 31 * h + window[i % WIDTH];
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return new Shingles(Arrays.stream(sorted).distinct().toArray());
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty (two texts without words are not copies). */
    double jaccard(Shingles other) {
        long[] a = hashes;
        long[] b = other.hashes;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
