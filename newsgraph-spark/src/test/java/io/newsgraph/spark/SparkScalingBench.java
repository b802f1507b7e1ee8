package io.newsgraph.spark;

import io.newsgraph.ExampleGraph;
import io.newsgraph.SharedData;
import io.newsgraph.eval.Conll04Reader;
import io.newsgraph.eval.GoldDocument;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local throughput of the Spark job with one and with two executor cores, in one JVM so the models
 * load once: two warm-up runs over the whole corpus, at local[2] then local[1] (models loading, then
 * JIT compiling: a short warm-up left the compiler busy in the first timed run, which flattered the
 * ratio; after one run the compiler still took a quarter of a core in the next), then
 * timed runs at local[1] and local[2] on the example articles and CoNLL04 news sentences (see main). Prints wall time
 * (extraction, then resolution with the stages and tasks it ran), process CPU time
 * and the load average around each run, and a {@code bench} line with the ratio of articles per
 * wall second. Not a test: run it by hand (docs/spark.md says how).
 */
public final class SparkScalingBench {
    /** The job's default for two cores (four partitions per core), kept for both runs. */
    private static final int PARTITIONS = 8;

    private SparkScalingBench() {
    }

    /**
     * {@code args[0]}: how many CoNLL04 train articles of twenty sentences each join the ten examples
     * (default 46, all of them: about 35,000 tokens, every text different). Copies of the examples
     * were the corpus before, but the job annotates a text once per partition however often it
     * comes, so copies measured less work than they seemed to.
     */
    public static void main(String[] args) throws java.io.IOException {
        int conllArticles = args.length > 0 ? Integer.parseInt(args[0]) : 46;
        List<Numbered> corpus = new ArrayList<>();
        for (Article a : ExampleGraph.articles()) {
            corpus.add(new Numbered(corpus.size(), a));
        }
        List<GoldDocument> sentences = Conll04Reader.read(SharedData.folder().resolve("data/conll04/conll04_train.json"));
        for (int i = 0; i < sentences.size() && corpus.size() < 10 + conllArticles; i += 20) {
            StringBuilder text = new StringBuilder();
            sentences.subList(i, Math.min(sentences.size(), i + 20)).forEach(d -> text.append(d.text()).append("\n\n"));
            corpus.add(new Numbered(corpus.size(), new Article("conll04-" + i, null, null, null, null, null, null, text.toString().strip())));
        }
        run("local[2]", corpus, "warm-up");
        run("local[1]", corpus, "warm-up");
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
            JavaRDD<Numbered> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(dealt(corpus, PARTITIONS), PARTITIONS);
            double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            JavaRDD<Extracted> extracted = SparkExtraction.extract(rdd, PARTITIONS, spark.sparkContext().longAccumulator());
            double extraction = (System.nanoTime() - t0) / 1e9;
            long cpuExtraction = processCpuNanos() - cpu0;
            TaskCount tasks = new TaskCount();
            spark.sparkContext().addSparkListener(tasks);
            Graph g = SparkExtraction.resolve(SparkExtraction.forResolution(extracted)).collect();
            double wall = (System.nanoTime() - t0) / 1e9;
            extracted.unpersist(false);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double rate = corpus.size() / wall;
            System.out.printf(Locale.ROOT, "bench %s %.3f articles/s wall=%.1fs (extraction %.1fs, resolution %.1fs: %d stages,"
                            + " %d tasks, cpu %.1fs) cpu=%.1fs cpu/wall=%.2f articles=%d facts=%d load=%.1f->%.1f%n",
                    name, rate, wall, extraction, wall - extraction, tasks.stages.get(), tasks.tasks.get(),
                    cpu - cpuExtraction / 1e9, cpu, cpu / wall, corpus.size(), g.facts().size(), load0, load1);
            return rate;
        } finally {
            spark.stop();
        }
    }

    /**
     * The corpus dealt out like cards, so that partition {@code p} (Spark slices a list into runs)
     * gets articles p, p + n, p + 2n...: in corpus order the ten short examples all fell into the
     * first partition, whose task ended long before the others, and at local[2] the last task
     * then ran alone. Each article keeps its number, so the output is the same.
     */
    static List<Numbered> dealt(List<Numbered> corpus, int partitions) {
        List<Numbered> out = new ArrayList<>(corpus.size());
        for (int p = 0; p < partitions; p++) {
            for (int i = p; i < corpus.size(); i += partitions) {
                out.add(corpus.get(i));
            }
        }
        return out;
    }

    /** Stages and tasks run after it was added: how much scheduling resolution asks for. */
    static final class TaskCount extends SparkListener {
        final AtomicInteger stages = new AtomicInteger();
        final AtomicInteger tasks = new AtomicInteger();

        @Override
        public void onStageCompleted(SparkListenerStageCompleted e) {
            stages.incrementAndGet();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd e) {
            tasks.incrementAndGet();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
