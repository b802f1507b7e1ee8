package io.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The annotation memo of test JVMs, with a stand-in annotator that counts its calls (no models loaded). */
class AnnotationMemoTest {
    private final AtomicInteger calls = new AtomicInteger();

    private Supplier<Annotation> counting(String text) {
        return () -> {
            calls.incrementAndGet();
            return new Annotation(text);
        };
    }

    private static AnnotationMemo memo(long chars) {
        return AnnotationMemo.ofChars(chars);
    }

    @Test
    void offUnlessTheSettingAsksForIt() {
        assertThat(memo(0)).isNull();
        // The unit-test JVM has no memo setting (only the ITs' JVMs have one, see the root pom).
        Assumptions.assumeTrue(System.getProperty(AnnotationMemo.PROPERTY) == null);
        assertThat(AnnotationMemo.fromSystemProperty()).isNull();
    }

    @Test
    void aTextAndDateAnnotatedBeforeGiveTheSameAnnotation() {
        AnnotationMemo memo = memo(1_000);
        Annotation first = memo.get("Anna met Ben.", "2024-01-01", counting("Anna met Ben."));
        assertThat(memo.get("Anna met Ben.", "2024-01-01", counting("Anna met Ben."))).isSameAs(first);
        assertThat(calls).hasValue(1);
        // The document date is part of what was annotated (time expressions anchor on it).
        assertThat(memo.get("Anna met Ben.", null, counting("Anna met Ben."))).isNotSameAs(first);
        assertThat(calls).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedTextsGoFirstWhenTheMemoIsFull() {
        AnnotationMemo memo = memo(100);
        String a = "a".repeat(25);
        String b = "b".repeat(25);
        String c = "c".repeat(25);
        String d = "d".repeat(25);
        Annotation keptA = memo.get(a, null, counting(a));
        memo.get(b, null, counting(b));
        memo.get(c, null, counting(c));
        memo.get(a, null, counting(a)); // a is used again: b is now the oldest
        memo.get(d, null, counting(d));
        memo.get("e".repeat(25), null, counting("e"));
        assertThat(calls).hasValue(5);
        assertThat(memo.get(a, null, counting(a))).isSameAs(keptA);
        assertThat(calls).hasValue(5);
        memo.get(b, null, counting(b));
        assertThat(calls).as("b was dropped").hasValue(6);
    }

    @Test
    void aTextOverAQuarterOfTheMemoIsNeverKept() {
        AnnotationMemo memo = memo(100);
        String longText = "x".repeat(26);
        memo.get(longText, null, counting(longText));
        memo.get(longText, null, counting(longText));
        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailedAnnotationIsTriedAgain() {
        AnnotationMemo memo = memo(1_000);
        assertThatThrownBy(() -> memo.get("boom", null, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("no models");
        })).isInstanceOf(IllegalStateException.class).hasMessage("no models");
        assertThat(memo.get("boom", null, counting("boom")).get(edu.stanford.nlp.ling.CoreAnnotations.TextAnnotation.class))
                .isEqualTo("boom");
        assertThat(calls).hasValue(2);
    }
}
