package io.newsgraph.extract;

import io.newsgraph.extract.StatedDates.Tense;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bare weekdays and months against a Friday article (14 March 2025), by the tense of the clause. */
class StatedDatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    @Test
    void aWeekdayInAPastClauseIsTheLastOneNotAfterTheArticle() {
        assertThat(StatedDates.resolve(List.of("Monday"), FRIDAY, Tense.PAST)).isEqualTo("2025-03-10");
        assertThat(StatedDates.resolve(List.of("Friday"), FRIDAY, Tense.PAST)).isEqualTo("2025-03-14");
        assertThat(StatedDates.resolve(List.of("Saturday"), FRIDAY, Tense.PAST)).isEqualTo("2025-03-08");
    }

    @Test
    void aWeekdayInAFutureClauseIsTheNextOneAfterTheArticle() {
        assertThat(StatedDates.resolve(List.of("Monday"), FRIDAY, Tense.FUTURE)).isEqualTo("2025-03-17");
        assertThat(StatedDates.resolve(List.of("Friday"), FRIDAY, Tense.FUTURE)).isEqualTo("2025-03-21");
    }

    @Test
    void otherwiseTheNearestWeekdayTheEarlierOnATie() {
        assertThat(StatedDates.resolve(List.of("Monday"), FRIDAY, Tense.OTHER)).isEqualTo("2025-03-17");
        assertThat(StatedDates.resolve(List.of("Tuesday"), FRIDAY, Tense.OTHER)).isEqualTo("2025-03-11");
        assertThat(StatedDates.resolve(List.of("Friday"), FRIDAY, Tense.OTHER)).isEqualTo("2025-03-14");
    }

    @Test
    void monthsAndDaysOfMonthCrossTheYearWhenTheTenseSaysSo() {
        assertThat(StatedDates.resolve(List.of("in", "October"), FRIDAY, Tense.PAST)).isEqualTo("2024-10");
        assertThat(StatedDates.resolve(List.of("February"), FRIDAY, Tense.FUTURE)).isEqualTo("2026-02");
        assertThat(StatedDates.resolve(List.of("March"), FRIDAY, Tense.FUTURE)).isEqualTo("2025-03");
        assertThat(StatedDates.resolve(List.of("May"), FRIDAY, Tense.OTHER)).isEqualTo("2025-05");
        assertThat(StatedDates.resolve(List.of("March", "20"), FRIDAY, Tense.PAST)).isEqualTo("2024-03-20");
        assertThat(StatedDates.resolve(List.of("3rd", "of", "March"), FRIDAY, Tense.OTHER)).isEqualTo("2025-03-03");
        assertThat(StatedDates.resolve(List.of("February", "29"), FRIDAY, Tense.PAST)).isEqualTo("2024-02-29");
    }

    @Test
    void expressionsThatNameTheirYearOrDirectionAreLeftToTheTimeTagger() {
        assertThat(StatedDates.resolve(List.of("March", "2022"), FRIDAY, Tense.PAST)).isNull();
        assertThat(StatedDates.resolve(List.of("last", "Monday"), FRIDAY, Tense.OTHER)).isNull();
        assertThat(StatedDates.resolve(List.of("next", "week"), FRIDAY, Tense.OTHER)).isNull();
        assertThat(StatedDates.resolve(List.of("April", "31"), FRIDAY, Tense.OTHER)).isNull();
    }
}
