package io.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.ExampleGraph;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Graph;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job against {@code extract} on one machine, on the ten example articles: the same
 * entities (ids, names, types, aliases, mention counts), the same facts (ids, ends, predicates,
 * marks, evidence) and the same events, however the articles are spread over partitions.
 */
class SparkExtractParityIT {
    private static SparkSession spark;
    private static Path corpus;

    @BeforeAll
    static void corpusAsJsonLines() throws IOException {
        spark = LocalSpark.get();
        Path dir = TestGraphs.buildDir().resolve("spark-it");
        Files.createDirectories(dir);
        corpus = dir.resolve("examples.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article a : ExampleGraph.articles()) {
            ObjectNode n = json.createObjectNode().put("id", a.id()).put("title", a.title()).put("source", a.source())
                    .put("published", a.published()).put("url", a.url()).put("author", a.author()).put("text", a.text());
            lines.add(json.writeValueAsString(n));
        }
        Files.write(corpus, lines);
    }

    @Test
    void rowsReadBackAsTheArticlesExtractReads() {
        List<Article> read = numbered(corpus.toString()).sortBy(Numbered::index, true, 1).map(Numbered::article).collect();
        assertThat(read).hasSameSizeAs(ExampleGraph.articles());
        for (int i = 0; i < read.size(); i++) {
            Article want = ExampleGraph.articles().get(i);
            // the path names the corpus file instead of each example's own file
            assertThat(read.get(i)).usingRecursiveComparison().ignoringFields("path").isEqualTo(want);
        }
    }

    @Test
    void twoPartitionsGiveTheOneMachineGraph() {
        Graph spread = SparkExtraction.run(numbered(corpus.toString()), 2, failures()).collect();
        assertSameGraph(spread, ExampleGraph.graph());
    }

    @Test
    void everyArticleInAPartitionOfItsOwnGivesTheSameGraph() {
        List<Numbered> each = numbered(corpus.toString()).collect();
        JavaRDD<Numbered> oneEach = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(each, each.size());
        Graph spread = SparkExtraction.run(oneEach, each.size(), failures()).collect();
        assertSameGraph(spread, ExampleGraph.graph());
        // names merged across partitions: an entity mentioned in several articles, each in its own partition
        assertThat(spread.entities()).anyMatch(e -> e.articles().size() > 1 && e.aliases().size() > 1);
    }

    private static void assertSameGraph(Graph spark, Graph one) {
        assertThat(spark.entities()).extracting(Entity::id).containsExactlyElementsOf(one.entities().stream().map(Entity::id).toList());
        Map<String, Entity> want = one.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        for (Entity e : spark.entities()) {
            assertThat(e).as(e.id()).isEqualTo(want.get(e.id()));
        }
        assertThat(spark.facts()).hasSameSizeAs(one.facts());
        assertThat(spark.facts()).containsExactlyElementsOf(one.facts());
        assertThat(spark.events()).containsExactlyElementsOf(one.events());
        assertThat(ids(spark)).isEqualTo(ids(one));
    }

    private static Set<String> ids(Graph g) {
        return g.articles().stream().map(Article::id).collect(Collectors.toSet());
    }

    private static JavaRDD<Numbered> numbered(String input) {
        CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator();
        JavaRDD<Numbered> rows = CorpusInput.read(spark, input, problems);
        return rows;
    }

    private static LongAccumulator failures() {
        return spark.sparkContext().longAccumulator();
    }
}
