package io.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.ExampleGraph;
import io.newsgraph.model.Article;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the job reads corpora: JSON Lines and Parquet rows become the articles {@code extract} reads; bad rows become problems. */
class CorpusInputIT {
    @Test
    void jsonLinesRowsAreTheArticlesExtractReads() {
        List<Article> read = read(ExampleCorpus.jsonLines().toString(), LocalSpark.get().sparkContext().collectionAccumulator());
        assertThat(read).hasSameSizeAs(ExampleGraph.articles());
        for (int i = 0; i < read.size(); i++) {
            // cleaning a cleaned text changes nothing; the path names the corpus instead of each example's file
            assertThat(read.get(i)).usingRecursiveComparison().ignoringFields("path").isEqualTo(ExampleGraph.articles().get(i));
            assertThat(read.get(i).path()).isEqualTo("examples.jsonl");
        }
    }

    @Test
    void parquetRowsWithTheSameColumnsGiveTheSameArticles() {
        SparkSession spark = LocalSpark.get();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("published", DataTypes.StringType).add("text", DataTypes.StringType).add("words", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        for (Article a : ExampleGraph.articles()) {
            rows.add(RowFactory.create(a.id(), a.title(), a.published(), a.text(), a.text().length()));
        }
        String path = ExampleCorpus.outputDir("examples.parquet").toString();
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(path);

        List<Article> read = read(path, spark.sparkContext().collectionAccumulator());
        assertThat(read).extracting(Article::id).containsExactlyElementsOf(ExampleGraph.articles().stream().map(Article::id).toList());
        assertThat(read).extracting(Article::text).containsExactlyElementsOf(ExampleGraph.articles().stream().map(Article::text).toList());
    }

    @Test
    void badRowsAreReportedOneLineEachAndSkipped() throws IOException {
        Path corpus = Files.createDirectories(ExampleCorpus.outputDir("bad")).resolve("bad.jsonl");
        ObjectMapper json = new ObjectMapper();
        Files.write(corpus, List.of(json.writeValueAsString(ExampleCorpus.row(json, ExampleGraph.articles().get(0))),
                "{\"id\": \"no-text\"}", "not json at all"));
        CollectionAccumulator<String> problems = LocalSpark.get().sparkContext().collectionAccumulator();

        assertThat(read(corpus.toString(), problems)).hasSize(1);
        assertThat(problems.value()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith(corpus + ":").doesNotContain("\n"));
        assertThat(String.join(" ", problems.value())).contains(":2: missing \"text\"").contains(":3: not valid JSON");
    }

    private static List<Article> read(String input, CollectionAccumulator<String> problems) {
        return CorpusInput.read(LocalSpark.get(), input, problems).sortBy(Numbered::index, true, 1).map(Numbered::article).collect();
    }
}
