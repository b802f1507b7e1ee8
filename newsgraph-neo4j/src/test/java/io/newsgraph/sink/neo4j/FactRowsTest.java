package io.newsgraph.sink.neo4j;

import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactRowsTest {
    private static final String STAMP = "2026-12-07T10:00:00Z";

    /** A table that keeps each row as the list of its values, or fails at a given row. */
    private static final class Rows implements ImportTable {
        final List<List<Object>> rows = new ArrayList<>();
        final int failAt;

        Rows(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void line(Object... values) {
            if (rows.size() == failAt) {
                throw new UncheckedIOException("facts.csv: disk full", new IOException("disk full"));
            }
            rows.add(Arrays.asList(values.clone()));
        }

        @Override
        public long rows() {
            return rows.size();
        }

        @Override
        public boolean multiline() {
            return false;
        }

        @Override
        public void commit() {
        }

        @Override
        public void close() {
        }
    }

    private static Fact fact(int i) {
        return new Fact("fact/" + i, "Firm " + i, Predicate.OWNS, "Mill " + i, "organization/firm-" + i, "organization/mill-" + i,
                null, null, null, null, null, null,
                List.of(new Evidence("a-" + i, i % 7, 0, 12, "Firm " + i + " owns Mill " + i + ".", "verb-frame", 0.8)));
    }

    @Test
    void rowsComeInTheOrderTheFactsCameAcrossManyBatches() {
        Rows table = new Rows(-1);
        FactRows rows = new FactRows(table, STAMP);
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            rows.add(2L * i, 2L * i + 1, fact(i));
        }
        rows.finish();
        assertThat(rows.running()).isFalse();
        assertThat(table.rows).hasSize(n);
        List<String> header = FactRows.header("loadedAt:datetime");
        for (int i : new int[] {0, 1023, 1024, n - 1}) {
            List<Object> row = table.rows.get(i);
            assertThat(row).hasSize(header.size());
            assertThat(row.subList(0, 4)).containsExactly(2L * i, 2L * i + 1, "OWNS", "fact/" + i);
            assertThat(row.get(header.indexOf("polarity"))).isEqualTo("positive");
            assertThat(row.get(header.indexOf("evidenceSentences:long[]"))).isEqualTo(List.of((long) (i % 7)));
            assertThat(row.get(header.indexOf("evidenceArticles:string[]"))).isEqualTo(List.of("a-" + i));
            assertThat(row.get(header.size() - 1)).isEqualTo(STAMP);
        }
    }

    @Test
    void aFailureOnTheRowThreadReachesTheCaller() {
        FactRows rows = new FactRows(new Rows(1500), STAMP);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100_000; i++) {
                rows.add(i, i + 1, fact(i));
            }
            rows.finish();
        }).isInstanceOf(UncheckedIOException.class).hasMessage("facts.csv: disk full");
        rows.abandon();
        assertThat(rows.running()).isFalse();
    }

    @Test
    void abandoningStopsTheRowThread() {
        FactRows rows = new FactRows(new Rows(-1), STAMP);
        rows.add(0, 1, fact(0));
        assertThat(rows.running()).isTrue();
        rows.abandon();
        assertThat(rows.running()).isFalse();
    }
}
