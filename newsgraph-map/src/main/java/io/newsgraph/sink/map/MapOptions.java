package io.newsgraph.sink.map;

/**
 * What to draw: the whole graph, or the neighbourhood {@code hops} steps around the entity named
 * {@code focus} (name, alias or id); and the page title.
 */
public record MapOptions(String focus, int hops, String title) {
    public static final int DEFAULT_HOPS = 2;
    public static final int MAX_HOPS = 10;
    public static final String DEFAULT_TITLE = "newsgraph map";

    public MapOptions {
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("--hops must be between 0 and " + MAX_HOPS + ", not " + hops);
        }
        focus = focus == null || focus.isBlank() ? null : focus.trim();
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    }

    public static MapOptions whole() {
        return new MapOptions(null, DEFAULT_HOPS, null);
    }

    public static MapOptions focus(String name, int hops) {
        return new MapOptions(name, hops, null);
    }

    public MapOptions withTitle(String newTitle) {
        return new MapOptions(focus, hops, newTitle);
    }
}
