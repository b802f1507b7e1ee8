package io.newsgraph.spark;

import io.newsgraph.ExampleGraph;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Local throughput of the Spark job with one and with two executor cores, in one JVM so the models
 * load once: a warm-up run at local[2] over the whole corpus (models loading, then JIT compiling: a
 * short warm-up left the compiler busy in the first timed run, which flattered the ratio), then
 * timed runs at local[1] and local[2] on the example
 * articles repeated {@code copies} times (each copy its own id). Prints wall time, process CPU time
 * and the load average around each run, and a {@code bench} line with the ratio of articles per
 * wall second. Not a test: run it by hand (docs/spark.md says how).
 */
public final class SparkScalingBench {
    private SparkScalingBench() {
    }

    public static void main(String[] args) {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        List<Numbered> corpus = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Article a : ExampleGraph.articles()) {
                Article copy = new Article(a.id() + "-" + c, a.title(), a.source(), a.published(), a.url(), a.author(), a.path(), a.text());
                corpus.add(new Numbered(corpus.size(), copy));
            }
        }
        run("local[2]", corpus, "warm-up");
        double one = run("local[1]", corpus, "spark-local-1-core");
        double two = run("local[2]", corpus, "spark-local-2-cores");
        System.out.printf(Locale.ROOT, "bench spark-scaling-2-cores %.2f x ratio=%.2f baseline=spark-local-1-core%n", two / one, two / one);
    }

    /** Articles per wall second of one whole run (extraction, resolution, collect). */
    private static double run(String master, List<Numbered> corpus, String name) {
        SparkSession spark = SparkSession.builder().master(master).appName(name).config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            JavaRDD<Numbered> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(corpus, 8);
            double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            Graph g = SparkExtraction.run(rdd, 8, spark.sparkContext().longAccumulator()).collect();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double rate = corpus.size() / wall;
            System.out.printf(Locale.ROOT, "bench %s %.3f articles/s wall=%.1fs cpu=%.1fs cpu/wall=%.2f articles=%d facts=%d load=%.1f->%.1f%n",
                    name, rate, wall, cpu, cpu / wall, corpus.size(), g.facts().size(), load0, load1);
            return rate;
        } finally {
            spark.stop();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
