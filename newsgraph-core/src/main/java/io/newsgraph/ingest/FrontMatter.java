package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file: a block between two "---" lines at the very top.
 * Only what articles use is read: top-level "key: value" scalars (plain, 'single' or "double"
 * quoted), flow lists ([a, b]) and block lists ("- a" lines), and comments. Anything else is
 * reported as a problem and skipped, and the body is still read.
 */
record FrontMatter(Map<String, String> values, String body, List<String> problems) {
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*))?\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s+-\\s+(.*)|-\\s+(.*)");
    private static final Pattern FENCE = Pattern.compile("(---|\\+\\+\\+)\\s*");
    private static final int MAX_LINES = 200;

    /** True when the text opens with a front matter fence followed by a key: value line. */
    static boolean startsWithFrontMatter(String text) {
        String[] lines = text.stripLeading().split("\n", 3);
        return lines.length >= 2 && lines[0].strip().equals("---") && KEY_VALUE.matcher(lines[1].strip()).matches();
    }

    static FrontMatter parse(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length || !lines[first].strip().equals("---")) {
            return new FrontMatter(Map.of(), text, List.of());
        }
        int close = -1;
        for (int i = first + 1; i < lines.length && i <= first + MAX_LINES; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            // No closing fence: the "---" was a rule, or the header is cut off. Keep all text.
            return new FrontMatter(Map.of(), text.substring(text.indexOf("---") + 3),
                    List.of("front matter has no closing '---'; read as text"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String listKey = null;
        List<String> listItems = new ArrayList<>();
        for (int i = first + 1; i < close; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (listKey != null && item.matches()) {
                listItems.add(unquote(item.group(1) != null ? item.group(1) : item.group(2)));
                continue;
            }
            flushList(values, listKey, listItems);
            listKey = null;
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                if (Character.isWhitespace(line.charAt(0)) && !values.isEmpty()) {
                    continue; // nested mapping or folded text under a key we do not use
                }
                problems.add("front matter line " + (i + 1) + " is not 'key: value' ('" + abbreviate(line.strip()) + "')");
                continue;
            }
            String key = kv.group(1).toLowerCase();
            String value = kv.group(2) == null ? "" : kv.group(2).strip();
            if (value.isEmpty()) {
                listKey = key;
                continue;
            }
            values.put(key, scalar(value, i + 1, problems));
        }
        flushList(values, listKey, listItems);
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new FrontMatter(values, body.toString(), problems);
    }

    String get(String... keys) {
        for (String k : keys) {
            String v = values.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void flushList(Map<String, String> values, String key, List<String> items) {
        if (key != null && !items.isEmpty()) {
            values.put(key, String.join(", ", items));
        }
        items.clear();
    }

    private static String scalar(String value, int lineNo, List<String> problems) {
        if (value.startsWith("[") && value.endsWith("]")) {
            List<String> parts = new ArrayList<>();
            for (String p : value.substring(1, value.length() - 1).split(",")) {
                if (!p.isBlank()) {
                    parts.add(unquote(p.strip()));
                }
            }
            return String.join(", ", parts);
        }
        char q = value.charAt(0);
        if ((q == '\'' || q == '"') && (value.length() < 2 || value.charAt(value.length() - 1) != q)) {
            problems.add("front matter line " + lineNo + " has an unclosed quote");
            return value.substring(1);
        }
        return unquote(stripComment(value));
    }

    private static String stripComment(String value) {
        if (value.startsWith("'") || value.startsWith("\"")) {
            return value;
        }
        int hash = value.indexOf(" #");
        return hash >= 0 ? value.substring(0, hash).strip() : value;
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
