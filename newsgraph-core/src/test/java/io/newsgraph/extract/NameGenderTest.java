package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's first-name list, as the own pronoun links read it. */
class NameGenderTest {
    @Test
    void firstNamesOfTheModelsJarGiveAGender() {
        var names = NameGender.load(NameGender.FIRST_NAMES);
        assertThat(names).hasSizeGreaterThan(10_000);
        assertThat(names).containsEntry("laura", NameGender.Gender.FEMALE).containsEntry("vladimir", NameGender.Gender.MALE);
    }

    @Test
    void aNameListedWithBothGendersIsLeftOut() {
        // "agrima" is listed once as a man's and once as a woman's name in that file
        assertThat(NameGender.load(NameGender.FIRST_NAMES)).doesNotContainKey("agrima");
    }

    @Test
    void withoutTheListNoNameHasAGender() {
        assertThat(NameGender.load("no/such/list.txt")).isEmpty();
    }

    @Test
    void personNounsComeFromTheAnimateList() {
        assertThat(AnimateNouns.get().namesAPerson("billionaire")).isTrue();
        assertThat(AnimateNouns.get().namesAPerson("company")).isFalse();
    }
}
