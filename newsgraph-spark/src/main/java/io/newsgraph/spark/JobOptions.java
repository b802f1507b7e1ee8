package io.newsgraph.spark;

/**
 * The job's command line: {@code --input PATH --output DIR [--partitions N]}. A mistake is one
 * line naming the option and what was wrong ({@link IllegalArgumentException}).
 */
public record JobOptions(String input, String output, int partitions) {
    static final String USAGE = "usage: spark-submit --class io.newsgraph.spark.SparkExtractJob newsgraph-spark.jar"
            + " --input PATH --output DIR [--partitions N]";

    public static JobOptions parse(String[] args, int defaultPartitions) {
        String input = null;
        String output = null;
        int partitions = defaultPartitions;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input", "-i" -> input = value(args, ++i, a);
                case "--output", "-o" -> output = value(args, ++i, a);
                case "--partitions", "-p" -> partitions = positive(value(args, ++i, a), a);
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("--input PATH is required (a JSON Lines or Parquet corpus)");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        return new JobOptions(input, output, partitions);
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
