package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects problems in the order they are met. */
final class Problems {
    private final List<InputProblem> list = new ArrayList<>();

    void error(String input, int line, String message) {
        list.add(new InputProblem(input, line, InputProblem.Severity.ERROR, oneLine(message)));
    }

    void warning(String input, int line, String message) {
        list.add(new InputProblem(input, line, InputProblem.Severity.WARNING, oneLine(message)));
    }

    /** Messages quote outside text (file names, parser errors): keep each on one line. */
    private static String oneLine(String message) {
        return message == null ? "unknown problem" : message.replaceAll("\\s+", " ").strip();
    }

    int size() {
        return list.size();
    }

    /** Orders the problems from {@code from} on by line, so a corpus's problems read top to bottom. */
    void sortByLineFrom(int from) {
        list.subList(from, list.size()).sort(java.util.Comparator.comparingInt(InputProblem::line));
    }

    List<InputProblem> list() {
        return list;
    }
}
