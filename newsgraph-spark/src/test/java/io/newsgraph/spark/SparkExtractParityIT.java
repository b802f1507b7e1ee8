package io.newsgraph.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.ExampleGraph;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job against {@code extract} on one machine, on the ten example articles: the same
 * entities (ids, names, types, aliases, mention counts), facts (ids, ends, predicates, marks,
 * evidence) and events, in the same order, however the articles are spread over partitions.
 */
class SparkExtractParityIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJobWritesTheJsonLinesExtractWrites() throws IOException {
        SparkSession spark = LocalSpark.get();
        Path out = ExampleCorpus.outputDir("job");
        SparkExtractJob.Summary s = SparkExtractJob.extract(spark, new JobOptions(ExampleCorpus.jsonLines().toString(), out.toString(), 3));

        Graph one = ExampleGraph.graph();
        assertThat(s.failedArticles()).isZero();
        assertThat(s.problems()).isEmpty();
        // every record as extract writes it; articles name the corpus file as their path instead of their own file
        assertThat(records(Files.readString(out.resolve("graph.jsonl")))).containsExactlyElementsOf(records(ExampleGraph.jsonLines()));
        assertThat(spark.read().parquet(out.resolve("entities").toString()).count()).isEqualTo(one.entities().size());
        assertThat(spark.read().parquet(out.resolve("facts").toString()).count()).isEqualTo(one.facts().size());
        assertThat(spark.read().parquet(out.resolve("evidence").toString()).count())
                .isEqualTo(one.facts().stream().mapToLong(f -> f.evidence().size()).sum());
        assertThat(spark.read().parquet(out.resolve("events").toString()).count()).isEqualTo(one.events().size());
    }

    @Test
    void everyArticleInAPartitionOfItsOwnGivesTheSameGraph() {
        SparkSession spark = LocalSpark.get();
        List<Numbered> each = CorpusInput.read(spark, ExampleCorpus.jsonLines().toString(), spark.sparkContext().collectionAccumulator())
                .collect();
        JavaRDD<Numbered> oneEach = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(each, each.size());
        Graph spread = SparkExtraction.run(oneEach, each.size(), spark.sparkContext().longAccumulator()).collect();

        Graph one = ExampleGraph.graph();
        assertThat(spread.entities()).isNotEmpty().containsExactlyElementsOf(one.entities());
        assertThat(spread.facts()).isNotEmpty().containsExactlyElementsOf(one.facts());
        assertThat(spread.facts()).extracting(f -> f.evidence().size())
                .containsExactlyElementsOf(one.facts().stream().map(f -> f.evidence().size()).toList());
        assertThat(spread.events()).containsExactlyElementsOf(one.events());
        assertThat(spread.articles()).extracting(Article::id).containsExactlyElementsOf(one.articles().stream().map(Article::id).toList());
        // merges across partitions: entities named in several articles, each article alone in its partition,
        // some of them under several names, and facts with evidence from several articles
        assertThat(spread.entities()).anyMatch(e -> e.articles().size() > 1 && e.aliases().size() > 1);
        // the reasons travel too: entities whose aliases joined by a link made in another partition, and rule-decided types
        assertThat(spread.entities()).anyMatch(e -> e.articles().size() > 1 && e.merges().stream()
                .anyMatch(m -> !m.reason().equals("title") && !m.reason().equals("spelling variant")));
        assertThat(spread.entities()).anyMatch(e -> e.typeRule() != null && !e.typeRule().equals("ner-majority"));
        assertThat(spread.facts()).anyMatch(f -> f.evidence().stream().map(ev -> ev.article()).distinct().count() > 1);
    }

    /** The JSON Lines records, an article's path left out. */
    private static List<JsonNode> records(String jsonLines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                if ("article".equals(n.path("record").asText())) {
                    ((ObjectNode) n).remove("path");
                }
                out.add(n);
            }
        }
        return out;
    }
}
