package io.newsgraph.eval;

import java.nio.file.Path;

/**
 * Where the project's shared data folder is: the scraped seed articles, the gold facts, the
 * scorer and training data that the developers keep beside the project and never commit. A
 * clone on another machine usually has none of it, so nothing a user runs may need it; the
 * benchmarks and the tests use it when it is there.
 *
 * <p>One setting, the system property {@value #PROPERTY}; without it the folder is
 * {@value #DEFAULT} beside the project (the launcher's newsgraph.home, else the current
 * directory, which is the project folder under Maven). A relative setting is taken from the
 * same place.
 */
public final class SharedFolder {
    /** The system property (and JUnit configuration parameter) naming the folder. */
    public static final String PROPERTY = "newsgraph.shared";
    public static final String DEFAULT = "../shared";

    private SharedFolder() {
    }

    /** The folder the setting names; it may not exist. */
    public static Path location() {
        return resolve(System.getProperty(PROPERTY));
    }

    /** The folder a value of the setting names; null or blank gives the default. */
    public static Path resolve(String setting) {
        String value = setting == null || setting.isBlank() ? DEFAULT : setting.strip();
        return projectFolder().resolve(value).normalize();
    }

    private static Path projectFolder() {
        String home = System.getProperty("newsgraph.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath();
    }
}
