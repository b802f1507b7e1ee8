package io.newsgraph.spark;

import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.sink.neo4j.LoadCounts;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code spark-submit --class io.newsgraph.spark.SparkExtractJob newsgraph-spark.jar --input PATH
 * --output DIR [--partitions N] [--neo4j URI ...]}: extracts a JSON Lines or Parquet corpus on a Spark
 * cluster and writes the resolved graph under DIR as Parquet tables (entities, facts, evidence,
 * events) and as the JSON Lines contract {@code newsgraph extract} writes (DIR/graph.jsonl); with
 * {@code --neo4j}, also into that Neo4j, partition by partition ({@link Neo4jOutput}). Exit status:
 * 0, 1 when some rows or articles were skipped, 2 for a usage mistake, 3 when the job failed.
 */
public final class SparkExtractJob {
    /** What a run did, for the one-line summary. */
    public record Summary(long articles, long entities, long facts, long events, long failedArticles, List<String> problems,
                          LoadCounts loaded) {
    }

    private SparkExtractJob() {
    }

    public static void main(String[] args) {
        int code = run(args, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream err) {
        JobOptions given;
        try {
            given = JobOptions.parse(args, 0);
        } catch (IllegalArgumentException e) {
            err.println("newsgraph-spark: " + e.getMessage());
            err.println(JobOptions.USAGE);
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("newsgraph extract").getOrCreate();
        // By default four partitions per core: the first task of each executor waits for the models to load.
        JobOptions opts = given.partitions() > 0 ? given
                : given.withPartitions(Math.max(1, spark.sparkContext().defaultParallelism() * 4));
        try {
            Summary s = extract(spark, opts);
            s.problems().forEach(p -> err.println("newsgraph-spark: " + p));
            err.printf("newsgraph-spark: %d articles -> %d entities, %d facts, %d events in %s (%d articles failed)%n",
                    s.articles(), s.entities(), s.facts(), s.events(), opts.output(), s.failedArticles());
            if (s.loaded() != null) {
                err.println("newsgraph-spark: Neo4j: " + s.loaded().summary());
            }
            return s.failedArticles() > 0 || !s.problems().isEmpty() ? 1 : 0;
        } catch (RuntimeException | IOException e) {
            err.println("newsgraph-spark: " + opts.input() + ": " + firstLine(e));
            return 3;
        } finally {
            spark.stop();
        }
    }

    /** Reads, extracts and resolves the corpus, and writes every output. */
    public static Summary extract(SparkSession spark, JobOptions opts) throws IOException {
        CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator("input problems");
        LongAccumulator failures = spark.sparkContext().longAccumulator("failed articles");
        JavaRDD<Numbered> articles = CorpusInput.read(spark, opts.input(), problems);
        DistributedGraph graph = SparkExtraction.run(articles, opts.partitions(), failures);
        GraphTables.write(spark, graph, opts.output());
        writeJsonLines(spark, graph, opts.output() + "/graph.jsonl");
        LoadCounts loaded = opts.neo4j() == null ? null : Neo4jOutput.write(graph, opts.neo4j());
        return new Summary(graph.articles().count(), graph.entities().count(), graph.facts().count(), graph.events().count(),
                failures.value(), List.copyOf(problems.value()), loaded);
    }

    /** The JSON Lines contract, through the writer {@code extract} uses, to any file system Hadoop reaches. */
    static void writeJsonLines(SparkSession spark, DistributedGraph graph, String file) throws IOException {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (Writer w = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8)) {
            graph.replay(new JsonLinesWriter(w));
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
