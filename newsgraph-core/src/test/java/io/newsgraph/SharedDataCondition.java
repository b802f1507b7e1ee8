package io.newsgraph;

import io.newsgraph.eval.SharedFolder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs, skips or fails the tests marked {@link RequiresShared}. The settings are read as JUnit
 * configuration parameters, which fall back to system properties: {@code mvn -B verify
 * -Dnewsgraph.requireShared=true} sets them for a build, and EngineTestKit can set them for
 * one in-process run without touching the JVM's properties.
 *
 * <p>A missing folder skips the test through the condition, before the class is even
 * instantiated, so no {@code @BeforeAll} runs on data that is not there. When the folder is
 * required, the condition lets the test through and the callbacks fail it with the same line,
 * before any of its own set-up runs.
 */
public final class SharedDataCondition implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing(context, context.getElement());
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("the shared data it reads is present");
        }
        if (required(context)) {
            return ConditionEvaluationResult.enabled("shared data required: the test will fail");
        }
        String line = skipLine(missing.get());
        // Maven shows no skip reasons; this one line in the test output says what to provide.
        String test = context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        System.out.println(test + " " + line);
        return ConditionEvaluationResult.disabled(line);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        failIfRequiredAndMissing(context, context.getElement());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Only the method's own mark: the class's was checked once, in beforeAll.
        failIfRequiredAndMissing(context, context.getTestMethod().map(m -> (AnnotatedElement) m));
    }

    private static void failIfRequiredAndMissing(ExtensionContext context, Optional<? extends AnnotatedElement> element) {
        Optional<String> missing = missing(context, element);
        if (missing.isPresent() && required(context)) {
            throw new Missing(missing.get() + " is missing and " + SharedData.REQUIRE + "=true: this test reads the "
                    + "shared data folder (-D" + SharedFolder.PROPERTY + "=DIR, default " + SharedFolder.DEFAULT
                    + " beside the project)");
        }
    }

    static String skipLine(String missing) {
        return "skipped: " + missing + " is missing; this test reads the shared data folder (-D"
                + SharedFolder.PROPERTY + "=DIR, default " + SharedFolder.DEFAULT + " beside the project)";
    }

    /** The first thing the element's mark names that is not there: the folder itself, else an entry. */
    private static Optional<String> missing(ExtensionContext context, Optional<? extends AnnotatedElement> element) {
        Optional<RequiresShared> mark = AnnotationSupport.findAnnotation(element, RequiresShared.class);
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        Path folder = SharedFolder.resolve(context.getConfigurationParameter(SharedFolder.PROPERTY).orElse(null));
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder.toString());
        }
        for (String entry : mark.get().value()) {
            Path p = folder.resolve(entry);
            if (!Files.exists(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean required(ExtensionContext context) {
        return context.getConfigurationParameter(SharedData.REQUIRE, Boolean::parseBoolean).orElse(false);
    }

    /** The one-line failure: an assertion (a test failure, not an error) without a stack trace, which says nothing more. */
    public static final class Missing extends AssertionError {
        Missing(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
