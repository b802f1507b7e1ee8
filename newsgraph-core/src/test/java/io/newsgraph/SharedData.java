package io.newsgraph;

import io.newsgraph.eval.SharedFolder;

import java.nio.file.Path;

/**
 * The shared data folder the developers keep beside the project (seed articles, gold facts,
 * scorer, training data): never committed, so a fresh clone has none of it. Tests that read it
 * are marked {@link RequiresShared}; they skip when it is missing, or fail when
 * {@value #REQUIRE}=true (which CI sets, so they never skip unnoticed there).
 */
public final class SharedData {
    /** Set to true to make a missing shared folder fail the tests that need it instead of skipping them. */
    public static final String REQUIRE = "newsgraph.requireShared";

    private SharedData() {
    }

    /** The folder: -Dnewsgraph.shared, else ../shared beside the project. */
    public static Path folder() {
        return SharedFolder.location();
    }

    /** The five scraped seed articles. */
    public static Path seeds() {
        return folder().resolve("seeds");
    }

    /** The gold facts of the seed articles. */
    public static Path gold() {
        return folder().resolve("gold/seed-facts.json");
    }

    /** The scorer of the JSON Lines contract. */
    public static Path scorer() {
        return folder().resolve("eval/score.py");
    }
}
