package io.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session per test JVM (local[2], no web UI), shared by every test of the fork:
 * a session takes seconds to start, and the CoreNLP models it loads stay in this JVM.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("newsgraph-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "4")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
