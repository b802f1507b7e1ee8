package io.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions kept in a resource file next to this class, one per line, '#' comments.
 * The lists are data so that a new kind of page furniture is a one-line change with its origin
 * written beside it, not a code change.
 */
final class PatternList {
    static final int MAX_LINE = 400;

    private final String resource;
    private final List<Pattern> patterns;
    /** All patterns as one alternation: one regex run per line instead of one per pattern. */
    private final Pattern combined;

    private PatternList(String resource, List<Pattern> patterns) {
        this.resource = resource;
        this.patterns = List.copyOf(patterns);
        this.combined = Pattern.compile(patterns.stream().map(p -> "(?:" + p.pattern() + ")")
                .collect(java.util.stream.Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static PatternList load(String resource) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : resourceLines(resource)) {
            try {
                patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                // A broken pattern is a bug in the shipped file: fail loudly at startup.
                throw new IllegalStateException(resource + ": bad pattern '" + line + "': " + e.getDescription(), e);
            }
        }
        return new PatternList(resource, patterns);
    }

    /** Non-comment, non-blank lines of a resource beside this class, exactly as written. */
    static List<String> resourceLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PatternList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * True when one pattern matches the whole line. Furniture is short: longer lines are story
     * text, and skipping them keeps a 5 MB article from costing millions of regex attempts.
     */
    boolean matchesLine(String line) {
        return line.length() <= MAX_LINE && !patterns.isEmpty() && combined.matcher(line).matches();
    }

    /** How many patterns occur somewhere in the text. */
    int countIn(String text) {
        if (patterns.isEmpty() || !combined.matcher(text).find()) {
            return 0; // the common case, in one pass
        }
        int n = 0;
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }

    int size() {
        return patterns.size();
    }

    @Override
    public String toString() {
        return resource + " (" + patterns.size() + " patterns)";
    }
}
