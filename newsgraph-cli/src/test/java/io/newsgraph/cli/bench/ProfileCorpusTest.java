package io.newsgraph.cli.bench;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCorpusTest {
    @Test
    @RequiresShared({"data/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv", "data/conll04/conll04_train.json"})
    void mixesTheExamplesStoriesAndSentencesUpToTheWordCountTheSameWayEachTime() throws Exception {
        List<Article> corpus = ProfileCorpus.build(SharedData.folder(), Path.of("examples/articles"), 50_000);
        long words = corpus.stream().mapToLong(a -> ProfileCorpus.words(a.text())).sum();
        assertThat(words).isBetween(50_000L, 52_000L);
        assertThat(corpus).anyMatch(a -> a.id().startsWith("story-")).anyMatch(a -> a.id().startsWith("conll04-"));
        assertThat(corpus.stream().filter(a -> !a.id().startsWith("story-") && !a.id().startsWith("conll04-")).count())
                .as("the example articles come first").isPositive();
        assertThat(ProfileCorpus.build(SharedData.folder(), Path.of("examples/articles"), 50_000))
                .extracting(Article::id).isEqualTo(corpus.stream().map(Article::id).toList());
        assertThat(corpus).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }
}
