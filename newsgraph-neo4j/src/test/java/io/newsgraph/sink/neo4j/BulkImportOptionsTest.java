package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class BulkImportOptionsTest {
    @Test
    void onlyTheFilesWithLineBreaksAreParsedAsMultiline() {
        Path dir = Path.of("/data/import");
        assertThat(BulkImport.options(dir, true, new TreeSet<>(Set.of("facts.csv", "articles.csv"))))
                .contains("--multiline-fields-format=v2", "--multiline-fields=articles.csv,facts.csv")
                .doesNotContain("--multiline-fields=true");
        assertThat(BulkImport.options(dir, false, Set.of("articles.csv")))
                .contains("--multiline-fields=/data/import/articles.csv", "--nodes=/data/import/articles.csv");
        assertThat(BulkImport.options(dir, true, Set.of())).noneMatch(o -> o.startsWith("--multiline"));
        assertThat(BulkImport.options(dir, true, null)).contains("--multiline-fields=true")
                .noneMatch(o -> o.startsWith("--multiline-fields-format"));
    }
}
