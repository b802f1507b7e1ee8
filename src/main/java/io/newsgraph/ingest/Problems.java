package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects problems in the order they are met. */
final class Problems {
    private final List<InputProblem> list = new ArrayList<>();

    void error(String input, int line, String message) {
        list.add(new InputProblem(input, line, InputProblem.Severity.ERROR, message));
    }

    void warning(String input, int line, String message) {
        list.add(new InputProblem(input, line, InputProblem.Severity.WARNING, message));
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
