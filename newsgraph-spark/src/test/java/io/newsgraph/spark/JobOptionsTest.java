package io.newsgraph.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobOptionsTest {
    @Test
    void readsInputOutputAndPartitions() {
        JobOptions o = JobOptions.parse(new String[]{"--input", "in.jsonl", "--output", "out", "--partitions", "7"}, 4);
        assertThat(o).isEqualTo(new JobOptions("in.jsonl", "out", 7));
        assertThat(JobOptions.parse(new String[]{"-i", "a.parquet", "-o", "o"}, 4).partitions()).isEqualTo(4);
    }

    @Test
    void mistakesAreOneLineNamingTheOption() {
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--output", "o"}, 1)).hasMessageContaining("--input PATH is required");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--input", "i"}, 1)).hasMessageContaining("--output DIR is required");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--input", "i", "--output", "o", "--partitions", "0"}, 1))
                .hasMessage("--partitions must be a whole number of at least 1, got '0'");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--input", "--output", "o"}, 1)).hasMessage("--input needs a value");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--neo4j", "bolt://x"}, 1)).hasMessage("unknown option '--neo4j'");
    }

    @Test
    void aUsageMistakeExitsWithTwoBeforeSparkStarts() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = SparkExtractJob.run(new String[]{"--input"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("newsgraph-spark: --input needs a value\nusage: spark-submit");
    }
}
