package io.newsgraph.cli.bench;

import io.newsgraph.ExampleGraph;
import io.newsgraph.eval.SharedFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which corpus 'bench extract' measures when none is named: the shared seeds if there, else the examples, said in one line. */
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
    void withoutTheSharedSeedsTheExamplesAreMeasuredAndThatIsSaid(@TempDir Path empty) throws Exception {
        System.setProperty(SharedFolder.PROPERTY, empty.toString());
        StringWriter err = new StringWriter();
        Path corpus = BenchExtractCommand.defaultCorpus(new PrintWriter(err, true));
        assertThat(Files.isSameFile(corpus, ExampleGraph.folder())).isTrue();
        assertThat(err.toString().lines()).singleElement().asString()
                .contains(empty.resolve("seeds") + " not found", "measuring the bundled", "examples/articles");
    }

    @Test
    void theSharedSeedsAreMeasuredWhenPresent(@TempDir Path shared) throws Exception {
        Files.createDirectories(shared.resolve("seeds"));
        System.setProperty(SharedFolder.PROPERTY, shared.toString());
        StringWriter err = new StringWriter();
        assertThat(BenchExtractCommand.defaultCorpus(new PrintWriter(err, true))).isEqualTo(shared.resolve("seeds"));
        assertThat(err.toString()).isEmpty();
    }
}
