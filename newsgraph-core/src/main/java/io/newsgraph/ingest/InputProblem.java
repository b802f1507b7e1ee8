package io.newsgraph.ingest;

/**
 * Something wrong with one input. An {@link Severity#ERROR} means the input (or, in a JSON Lines
 * corpus, that one line) was skipped; a {@link Severity#WARNING} means it was read anyway.
 *
 * @param input the input as the user named it ({@code "examples/bad.jsonl"}, {@code "<stdin>"})
 * @param line  1-based line in a JSON Lines corpus, 0 when the problem is about the whole input
 */
public record InputProblem(String input, int line, Severity severity, String message) {
    public enum Severity { ERROR, WARNING }

    /** True when the input (or line) was not read. */
    public boolean skipped() {
        return severity == Severity.ERROR;
    }

    /**
     * The one line a user sees, compiler style:
     * {@code examples/bad.jsonl:7: not valid JSON (Unexpected character ...)} for an error and
     * {@code notes.txt: warning: not valid UTF-8 ...} for a warning.
     */
    @Override
    public String toString() {
        return input + (line > 0 ? ":" + line : "") + ": " + (skipped() ? "" : "warning: ") + message;
    }
}
