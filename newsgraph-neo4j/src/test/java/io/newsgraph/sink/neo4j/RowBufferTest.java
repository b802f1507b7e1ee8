package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.values.storable.DateTimeValue;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows packed into byte pages come back as they went in; columns convert values as the importer's CSV parser does. */
class RowBufferTest {
    @Test
    void everyKindOfValueComesBackAcrossPages() {
        RowBuffer buffer = new RowBuffer(new boolean[] {true, false, false, false, false, false, false});
        String[] labels = {"Entity", "Person"};
        // A row longer than a page, and enough rows to fill several pages.
        String longText = "x".repeat(300_000);
        int rows = 5_000;
        for (int i = 0; i < rows; i++) {
            buffer.append(new Object[] {labels, i == 7 ? longText : "Zoë \"q\"\n; " + i, (long) i * 1_000_000_007L, i / 3.0,
                    new String[] {"a", "", "ü€" + i}, new long[] {i, -i}, i % 2 == 0 ? null : new double[] {0.5, i}});
        }
        for (int i = 0; i < rows; i++) {
            Object[] row = buffer.get(i);
            assertThat(row[0]).isSameAs(labels);
            assertThat(row[1]).isEqualTo(i == 7 ? longText : "Zoë \"q\"\n; " + i);
            assertThat(row[2]).isEqualTo((long) i * 1_000_000_007L);
            assertThat(row[3]).isEqualTo(i / 3.0);
            assertThat((String[]) row[4]).containsExactly("a", "", "ü€" + i);
            assertThat((long[]) row[5]).containsExactly(i, -i);
            if (i % 2 == 0) {
                assertThat(row[6]).isNull();
            } else {
                assertThat((double[]) row[6]).containsExactly(0.5, i);
            }
        }
    }

    @Test
    void columnsLeaveUnsetWhatTheCsvParserLeavesUnset() {
        InputColumn aliases = InputColumn.parse("aliases:string[]");
        assertThat(aliases.convert(List.of())).isNull();
        assertThat(aliases.convert(List.of(""))).isNull();
        assertThat((String[]) aliases.convert(List.of("", "b"))).containsExactly("", "b");
        InputColumn name = InputColumn.parse("name");
        assertThat(name.convert("")).isEqualTo("");
        assertThat(name.convert(12L)).isEqualTo("12");
        assertThat(name.convert(null)).isNull();
        assertThat((long[]) InputColumn.parse("evidenceStarts:long[]").convert(List.of(1, 2L))).containsExactly(1, 2);
        assertThat(InputColumn.parse("loadedAt:datetime").convert("2026-12-07T12:00:00.123456789Z"))
                .isEqualTo(DateTimeValue.datetime(2026, 12, 7, 12, 0, 0, 123456789, ZoneOffset.UTC));
    }
}
