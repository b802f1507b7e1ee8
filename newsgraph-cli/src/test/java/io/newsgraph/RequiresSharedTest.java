package io.newsgraph;

import io.newsgraph.eval.SharedFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test marked {@link RequiresShared}, run in-process by EngineTestKit with the shared folder
 * set to an empty one: each is reported skipped, none failed, and none ran a line of its own;
 * with newsgraph.requireShared=true each fails instead, with the one-line reason. The settings
 * are JUnit configuration parameters here, so this JVM's own properties are left alone.
 */
class RequiresSharedTest {
    private static List<DiscoverySelector> marked;
    private static List<String> markedNames;

    @TempDir
    static Path emptyShared;

    @BeforeAll
    static void findTheMarkedTests() {
        marked = new ArrayList<>();
        markedNames = new ArrayList<>();
        List<Class<?>> classes = ReflectionSupport.findAllClassesInPackage("io.newsgraph", c -> true,
                name -> name.endsWith("Test") || name.endsWith("IT"));
        for (Class<?> c : classes) {
            if (AnnotationSupport.isAnnotated(c, RequiresShared.class)) {
                marked.add(DiscoverySelectors.selectClass(c));
                markedNames.add(c.getSimpleName());
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (AnnotationSupport.isAnnotated(m, RequiresShared.class)) {
                    marked.add(DiscoverySelectors.selectMethod(c, m));
                    markedNames.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
    }

    @Test
    void theSeedTestsAreAllMarked() {
        assertThat(markedNames).contains("SeedArticlesTest", "ExtractionSeedsIT",
                "CleanedTextShapeTest.cleaningTheCleanSeedsChangesNothing", "RunCommandIT.theSharedScorerReadsTheOutput");
    }

    @Test
    void withoutTheSharedFolderTheyAreSkippedWithOneLine() {
        Run run = runMarked(false);
        EngineExecutionResults results = run.results();
        assertThat(results.allEvents().failed().count()).as("failed").isZero();
        assertThat(results.testEvents().started().count()).as("started").isZero();
        List<Event> skipped = results.allEvents().skipped().list();
        assertThat(skipped).hasSize(marked.size());
        for (Event e : skipped) {
            String reason = e.getPayload(String.class).orElseThrow();
            assertThat(reason).as(e.getTestDescriptor().getDisplayName())
                    .doesNotContain("\n").startsWith("skipped: " + emptyShared).contains(" is missing");
        }
        // What Maven's console shows: one line per skipped class or method, naming it and what is missing.
        String oneLine = "\\w+(\\.\\w+)? skipped: " + Pattern.quote(emptyShared.toString()) + "/.* is missing; .*";
        assertThat(run.printed().lines().toList()).hasSize(marked.size()).allSatisfy(line -> assertThat(line).matches(oneLine));
        assertThat(run.printed()).contains("SeedArticlesTest skipped: " + emptyShared.resolve("seeds") + " is missing");
    }

    @Test
    void requiredAndMissingTheyFailWithTheReason() {
        Run run = runMarked(true);
        EngineExecutionResults results = run.results();
        assertThat(run.printed()).isEmpty();
        assertThat(results.allEvents().skipped().count()).as("skipped").isZero();
        List<Throwable> failures = results.allEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()).toList();
        assertThat(failures).hasSize(marked.size()).allSatisfy(t -> {
            assertThat(t).isInstanceOf(SharedDataCondition.Missing.class);
            assertThat(t.getMessage()).doesNotContain("\n").startsWith(emptyShared.toString())
                    .contains("is missing and newsgraph.requireShared=true");
            assertThat(t.getStackTrace()).isEmpty();
        });
        // The class-level mark fails the class before its @BeforeAll reads anything; no test body runs.
        assertThat(results.testEvents().succeeded().count()).isZero();
    }

    private record Run(EngineExecutionResults results, String printed) {
    }

    /** Runs the marked tests with the shared folder empty; what they print is kept, not shown. */
    private static Run runMarked(boolean required) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameters(Map.of(SharedFolder.PROPERTY, emptyShared.toString(),
                            SharedData.REQUIRE, Boolean.toString(required)))
                    .selectors(marked.toArray(DiscoverySelector[]::new))
                    .execute();
            return new Run(results, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }
}
