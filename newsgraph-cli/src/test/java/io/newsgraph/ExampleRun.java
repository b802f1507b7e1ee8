package io.newsgraph;

import io.newsgraph.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * 'newsgraph run' on the bundled examples, done once per test JVM (like {@link ExampleGraph}) so
 * that the run, the RDF and the map ITs check the same output folder and database without paying
 * for the extraction each time. Everything goes under target/example-run so a person can look at
 * the files afterwards; the embedded server runs on free ports and is stopped when run returns.
 */
public final class ExampleRun {
    /** What a command printed, and its exit code. */
    public record Result(int exitCode, String out, String err, long millis) {
    }

    public static final Path ROOT = TestGraphs.buildDir().resolve("example-run");
    public static final Path OUT = ROOT.resolve("out");
    public static final Path DATA = ROOT.resolve("data");

    private static Result first;

    private ExampleRun() {
    }

    /** The first run into a fresh output folder and database (no INPUT: the bundled examples). */
    public static synchronized Result first() {
        if (first == null) {
            delete(ROOT);
            first = runExamples();
        }
        return first;
    }

    /** run again into the same folders; callers check that nothing was duplicated. */
    public static synchronized Result again() {
        first();
        return runExamples();
    }

    public static Path out(String file) {
        return OUT.resolve(file);
    }

    private static Result runExamples() {
        // As bin/newsgraph starts it: the home is absolute, and so is the examples folder run reads by
        // default, which is the case where a local path could leak into the outputs.
        if (System.getProperty("newsgraph.home") == null) {
            System.setProperty("newsgraph.home", TestGraphs.repoRoot().toString());
        }
        Result r = execute("run", "-o", OUT.toString(), "--data", DATA.toString(), "--bolt-port", "0", "--http-port", "0");
        System.out.printf("ExampleRun: exit %d in %.1f s%n%s", r.exitCode(), r.millis() / 1000.0, r.out());
        return r;
    }

    /** Any newsgraph command, in-process. */
    public static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
