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
        assertThat(BulkImport.options(dir, true, new TreeSet<>(Set.of("facts.csv", "articles.csv")), BulkImport.IdType.INTEGER))
                .contains("--id-type=integer", "--multiline-fields-format=v2", "--multiline-fields=articles.csv,facts.csv")
                .doesNotContain("--multiline-fields=true");
        assertThat(BulkImport.options(dir, false, Set.of("articles.csv"), BulkImport.IdType.ACTUAL))
                .contains("--id-type=actual", "--multiline-fields=/data/import/articles.csv", "--nodes=/data/import/articles.csv");
        assertThat(BulkImport.options(dir, true, Set.of(), BulkImport.IdType.ACTUAL)).noneMatch(o -> o.startsWith("--multiline"));
        assertThat(BulkImport.options(dir, true, null, BulkImport.IdType.INTEGER)).contains("--multiline-fields=true")
                .noneMatch(o -> o.startsWith("--multiline-fields-format"));
    }

    @Test
    void theCommandForAUsersServerMapsTheNumbersItself() {
        // A server of the user's may store nodes in a format whose ids are not record positions.
        assertThat(BulkImport.command("neo4j", Set.of())).contains(" --id-type=integer ").doesNotContain("actual");
    }
}
