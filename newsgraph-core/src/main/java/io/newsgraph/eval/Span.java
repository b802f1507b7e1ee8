package io.newsgraph.eval;

/** Character offsets [begin, end) into a gold document's text: what "strict" argument boundaries compare. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    public String of(String text) {
        return text.substring(begin, end);
    }
}
