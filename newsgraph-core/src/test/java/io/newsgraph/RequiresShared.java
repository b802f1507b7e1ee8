package io.newsgraph;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class or method that reads the shared data folder ({@link SharedData}). When the folder
 * or one of the entries it names is missing, the test is skipped with one line naming what is
 * missing; with -Dnewsgraph.requireShared=true it fails with that line instead.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedDataCondition.class)
public @interface RequiresShared {
    /** What the test reads, relative to the shared folder: "seeds", "gold/seed-facts.json". */
    String[] value();
}
