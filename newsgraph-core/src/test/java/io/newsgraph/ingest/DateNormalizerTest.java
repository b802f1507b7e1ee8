package io.newsgraph.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2024-10-25T17:35:00-04:00|2024-10-25",
            "2024-10-25T23:59:00Z|2024-10-25",
            "2024-11-01 9:44 AM|2024-11-01",
            "2025/03/09|2025-03-09",
            "Fri, 25 Oct 2024 17:35:00 GMT|2024-10-25",
            "October 25, 2024|2024-10-25",
            "Oct. 25, 2024|2024-10-25",
            "Sept 3 2025|2025-09-03",
            "Updated 5:35 PM EDT, October 25, 2024|2024-10-25",
            "25th of|NULL",
            "3 June 2025|2025-06-03",
            "2024-10|2024-10",
            "2024|2024",
            "2024-13-45|NULL",
            "February 30, 2024|NULL",
            "yesterday|NULL",
            "''|NULL"})
    void datesBecomeIsoDates(String in, String expected) {
        assertThat(DateNormalizer.toIsoDate(in)).isEqualTo(expected);
    }
}
