package io.newsgraph.spark;

import java.util.Map;

/**
 * The job's command line: {@code --input PATH --output DIR [--partitions N] [--neo4j URI [--user NAME]
 * [--database NAME] [--batch-size N]]}, with the password of {@code --neo4j} from NEO4J_PASSWORD
 * (and user and database from NEO4J_USERNAME and NEO4J_DATABASE unless given), as {@code load} reads
 * them. A mistake is one line naming the option and what was wrong ({@link IllegalArgumentException}).
 */
public record JobOptions(String input, String output, int partitions, Neo4jConnection neo4j) {
    static final String USAGE = "usage: spark-submit --class io.newsgraph.spark.SparkExtractJob newsgraph-spark.jar"
            + " --input PATH --output DIR [--partitions N] [--neo4j URI [--user NAME] [--database NAME] [--batch-size N]]"
            + " (password from NEO4J_PASSWORD)";
    static final int DEFAULT_BATCH = 10_000;

    public JobOptions(String input, String output, int partitions) {
        this(input, output, partitions, null);
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(input, output, n, neo4j);
    }

    public static JobOptions parse(String[] args, int defaultPartitions) {
        return parse(args, defaultPartitions, System.getenv());
    }

    static JobOptions parse(String[] args, int defaultPartitions, Map<String, String> env) {
        String input = null;
        String output = null;
        String uri = null;
        String user = env.getOrDefault("NEO4J_USERNAME", "neo4j");
        String database = env.getOrDefault("NEO4J_DATABASE", "neo4j");
        int partitions = defaultPartitions;
        int batch = DEFAULT_BATCH;
        boolean neo4jDetail = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input", "-i" -> input = value(args, ++i, a);
                case "--output", "-o" -> output = value(args, ++i, a);
                case "--partitions", "-p" -> partitions = positive(value(args, ++i, a), a);
                case "--neo4j" -> uri = value(args, ++i, a);
                case "--user" -> { user = value(args, ++i, a); neo4jDetail = true; }
                case "--database" -> { database = value(args, ++i, a); neo4jDetail = true; }
                case "--batch-size" -> { batch = positive(value(args, ++i, a), a); neo4jDetail = true; }
                case "--password" -> throw new IllegalArgumentException(
                        "--password is not taken on the command line (other users see it in the process list): set NEO4J_PASSWORD");
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("--input PATH is required (a JSON Lines or Parquet corpus)");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        if (uri == null && neo4jDetail) {
            throw new IllegalArgumentException("--user, --database and --batch-size go with --neo4j URI");
        }
        Neo4jConnection neo4j = uri == null ? null : new Neo4jConnection(uri, user, env.get("NEO4J_PASSWORD"), database, batch);
        return new JobOptions(input, output, partitions, neo4j);
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length || args[at].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[at];
    }

    private static int positive(String s, String option) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, got '" + s + "'");
    }
}
