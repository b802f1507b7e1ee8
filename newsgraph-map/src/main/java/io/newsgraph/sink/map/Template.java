package io.newsgraph.sink.map;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{NAME}}} slots, filled in one pass over the template only: a value that
 * happens to contain a slot name (the inlined library, an article) is never expanded again.
 */
final class Template {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z_]+)}}");
    private final String text;

    Template(String text) {
        this.text = text;
    }

    String render(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + values.values().stream().mapToInt(String::length).sum());
        int last = 0;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template slot {{" + m.group(1) + "}} has no value");
            }
            out.append(text, last, m.start()).append(value);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
