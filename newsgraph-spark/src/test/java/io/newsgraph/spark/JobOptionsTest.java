package io.newsgraph.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"--bogus", "x"}, 1)).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"-i", "i", "-o", "o", "--user", "u"}, 1))
                .hasMessage("--user, --database and --batch-size go with --neo4j URI");
        assertThatThrownBy(() -> JobOptions.parse(new String[]{"-i", "i", "-o", "o", "--neo4j", "bolt://h", "--password", "x"}, 1))
                .hasMessageStartingWith("--password is not taken on the command line");
    }

    @Test
    void neo4jTakesItsPasswordFromTheEnvironmentAndNeverPrintsIt() {
        String[] args = {"-i", "i", "-o", "o", "--neo4j", "bolt://h:7687", "--database", "news", "--batch-size", "500"};
        JobOptions o = JobOptions.parse(args, 4, Map.of("NEO4J_PASSWORD", "s3cret", "NEO4J_USERNAME", "writer"));
        assertThat(o.neo4j()).isEqualTo(new Neo4jConnection("bolt://h:7687", "writer", "s3cret", "news", 500));
        assertThat(o.neo4j().toString()).doesNotContain("s3cret");
        assertThat(JobOptions.parse(new String[]{"-i", "i", "-o", "o", "--neo4j", "bolt://h", "--user", "u"}, 4, Map.of()).neo4j())
                .isEqualTo(new Neo4jConnection("bolt://h", "u", null, "neo4j", JobOptions.DEFAULT_BATCH));
        assertThat(JobOptions.parse(new String[]{"-i", "i", "-o", "o"}, 4, Map.of("NEO4J_PASSWORD", "x")).neo4j()).isNull();
    }

    @Test
    void aUsageMistakeExitsWithTwoBeforeSparkStarts() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = SparkExtractJob.run(new String[]{"--input"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("newsgraph-spark: --input needs a value\nusage: spark-submit");
    }
}
