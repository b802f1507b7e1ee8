package io.newsgraph.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seconds spent in each CoreNLP annotator, in pipeline order, as CoreNLP accumulates them over
 * every document a pipeline annotated (to a tenth of a second). Two readings subtracted give the
 * times of what ran between them. Read from one thread's work: the counters are not meant for
 * several threads at once.
 */
public record AnnotatorTimes(Map<String, Double> seconds) {
    private static final Pattern LINE = Pattern.compile("^(\\w+): ([0-9.]+) sec\\.$", Pattern.MULTILINE);

    public AnnotatorTimes {
        seconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }

    /** Parses CoreNLP's timing report ("POSTaggerAnnotator: 1.2 sec." per line; its TOTAL line is left out). */
    static AnnotatorTimes parse(String timingInformation) {
        Map<String, Double> m = new LinkedHashMap<>();
        Matcher x = LINE.matcher(timingInformation);
        while (x.find()) {
            if (!x.group(1).equals("TOTAL")) {
                m.merge(x.group(1), Double.parseDouble(x.group(2)), Double::sum);
            }
        }
        return new AnnotatorTimes(m);
    }

    /** The time of each annotator since {@code before}. */
    public AnnotatorTimes since(AnnotatorTimes before) {
        Map<String, Double> m = new LinkedHashMap<>();
        seconds.forEach((name, s) -> m.put(name, Math.max(0, s - before.seconds.getOrDefault(name, 0.0))));
        return new AnnotatorTimes(m);
    }

    public double total() {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
