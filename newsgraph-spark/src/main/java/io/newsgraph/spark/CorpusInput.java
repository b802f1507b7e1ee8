package io.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.ingest.InputProblem;
import io.newsgraph.ingest.JsonLinesRows;
import io.newsgraph.model.Article;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A corpus as numbered articles: JSON Lines (plain or gzip; one article object per line, the
 * fields {@code extract} reads) or Parquet with the same columns. Every row goes through core's
 * {@link JsonLinesRows}, so its text is cleaned, its date read and its id given as on one machine.
 * Problems with single rows are kept (one line each) and the rows skipped.
 */
final class CorpusInput {
    /** The JSON field names a Parquet row may carry; others are ignored. */
    private static final List<String> FIELDS = List.of("id", "title", "headline", "source", "publisher", "published", "date",
            "datePublished", "url", "link", "author", "byline", "text");

    private CorpusInput() {
    }

    /** The articles of {@code input}, numbered in corpus order; row problems go to {@code problems}. */
    static JavaRDD<Numbered> read(SparkSession spark, String input, CollectionAccumulator<String> problems) {
        JavaRDD<String> lines = isParquet(input) ? parquetAsJson(spark, input) : spark.read().textFile(input).javaRDD();
        String corpus = input;
        return lines.zipWithIndex().mapPartitions((Iterator<Tuple2<String, Long>> rows) -> {
            JsonLinesRows parser = new JsonLinesRows(corpus);
            List<Numbered> out = new ArrayList<>();
            while (rows.hasNext()) {
                Tuple2<String, Long> row = rows.next();
                Article a = parser.article(row._1(), Math.toIntExact(row._2() + 1));
                if (a != null) {
                    out.add(new Numbered(row._2(), a));
                }
            }
            for (InputProblem p : parser.problems()) {
                problems.add(p.toString());
            }
            return out.iterator();
        });
    }

    static boolean isParquet(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".parquet") || n.endsWith(".parquet/") || n.endsWith(".pq");
    }

    /** Each Parquet row as the JSON object a JSON Lines corpus would hold for it. */
    private static JavaRDD<String> parquetAsJson(SparkSession spark, String input) {
        var frame = spark.read().parquet(input);
        List<String> present = new ArrayList<>();
        for (String f : frame.columns()) {
            if (FIELDS.contains(f)) {
                present.add(f);
            }
        }
        if (!present.contains("text")) {
            throw new IllegalArgumentException(input + ": no \"text\" column (columns: " + String.join(", ", frame.columns()) + ")");
        }
        return frame.selectExpr(present.toArray(String[]::new)).javaRDD().mapPartitions((Iterator<Row> rows) -> {
            ObjectMapper json = new ObjectMapper();
            List<String> out = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                ObjectNode n = json.createObjectNode();
                for (int i = 0; i < r.length(); i++) {
                    if (!r.isNullAt(i)) {
                        n.put(present.get(i), String.valueOf(r.get(i)));
                    }
                }
                out.add(json.writeValueAsString(n));
            }
            return out.iterator();
        });
    }
}
