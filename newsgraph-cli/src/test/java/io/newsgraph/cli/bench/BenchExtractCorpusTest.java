package io.newsgraph.cli.bench;

import io.newsgraph.RequiresShared;
import io.newsgraph.eval.SharedFolder;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which corpus 'bench extract' measures when none is named: varied news of the shared folder if there, else the examples, said in one line. */
class BenchExtractCorpusTest {
    private final String before = System.getProperty(SharedFolder.PROPERTY);

    @AfterEach
    void restoreTheSetting() {
        if (before == null) {
            System.clearProperty(SharedFolder.PROPERTY);
        } else {
            System.setProperty(SharedFolder.PROPERTY, before);
        }
    }

    @Test
    void withoutTheSharedDataTheExamplesAreMeasuredAndThatIsSaid(@TempDir Path empty) throws Exception {
        System.setProperty(SharedFolder.PROPERTY, empty.toString());
        StringWriter err = new StringWriter();
        List<Article> corpus = BenchExtractCommand.defaultCorpus(new PrintWriter(err, true), 50_000);
        assertThat(corpus).hasSize(10);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains(empty.resolve("data") + " not found", "measuring the bundled", "examples/articles");
    }

    @Test
    @RequiresShared({"data/conll04/conll04_train.json", "data/ngec-synthetic"})
    void theSharedDataGiveAtLeastTheWordsAskedForFromEverySource() throws Exception {
        StringWriter err = new StringWriter();
        List<Article> corpus = BenchExtractCommand.defaultCorpus(new PrintWriter(err, true), 50_000);
        assertThat(corpus.stream().mapToLong(a -> ProfileCorpus.words(a.text())).sum()).isGreaterThanOrEqualTo(50_000);
        assertThat(corpus).anyMatch(a -> a.id().startsWith("story-")).anyMatch(a -> a.id().startsWith("conll04-"));
        assertThat(corpus.size()).isGreaterThan(100);
        assertThat(err.toString()).isEmpty();
    }
}
