package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.util.List;

/** The articles read, in input order, and every problem met on the way, in the order met. */
public record IngestResult(List<Article> articles, List<InputProblem> problems) {
    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** True when some input or line was skipped: the run should end with exit code 1. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(InputProblem::skipped);
    }

    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::skipped).toList();
    }

    public List<InputProblem> warnings() {
        return problems.stream().filter(p -> !p.skipped()).toList();
    }
}
