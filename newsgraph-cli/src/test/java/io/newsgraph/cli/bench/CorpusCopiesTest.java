package io.newsgraph.cli.bench;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The corpus copies of bench scale and its ratio to linear growth. */
class CorpusCopiesTest {
    private static final List<Article> ARTICLES = List.of(
            new Article("harbour-vote", "Harbour vote", "Coast Gazette", "2025-02-03", "https://example.org/harbour", null, null,
                    "The council of Port Aldery approved the new quay on Monday."),
            new Article("mill-strike", "Mill strike", null, null, null, null, null,
                    "Workers at the Brenner mill walked out after talks failed."));

    @Test
    void kCopiesOfEveryArticleWithDistinctIdsAndTheSameWords() {
        List<Article> copies = CorpusCopies.of(ARTICLES, 3);

        assertThat(copies).hasSize(3 * ARTICLES.size());
        assertThat(copies.stream().map(Article::id).distinct()).hasSize(copies.size());
        assertThat(copies.stream().map(Article::url).filter(u -> u != null).distinct()).hasSize(3);
        assertThat(copies.subList(0, 2)).isEqualTo(ARTICLES);
        for (int i = 0; i < copies.size(); i++) {
            Article original = ARTICLES.get(i % ARTICLES.size());
            Article copy = copies.get(i);
            assertThat(copy.id()).startsWith(original.id());
            assertThat(copy.text()).startsWith(original.text());
            assertThat(copy.text().strip()).isEqualTo(original.text().strip());
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(copy.published()).isEqualTo(original.published());
        }
        // Exact texts differ, so the pipeline, which annotates a repeated text once, annotates every copy.
        assertThat(copies.stream().map(Article::text).distinct()).hasSize(copies.size());
    }

    @Test
    void oneCopyIsTheCorpusItselfAndZeroIsRefused() {
        assertThat(CorpusCopies.of(ARTICLES, 1)).isEqualTo(ARTICLES);
        assertThatThrownBy(() -> CorpusCopies.of(ARTICLES, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioToLinearGrowth() {
        // 16 times the corpus in 16 times the time is linear.
        assertThat(BenchScaleCommand.linearRatio(160, 16, 10, 1)).isCloseTo(1.00, within(1e-9));
        // Twice the time per unit of corpus: grows faster than the corpus.
        assertThat(BenchScaleCommand.linearRatio(80, 4, 10, 1)).isCloseTo(2.00, within(1e-9));
        // A fixed cost spread over a larger corpus.
        assertThat(BenchScaleCommand.linearRatio(20, 16, 10, 1)).isCloseTo(0.125, within(1e-9));
        // Against a base factor other than 1.
        assertThat(BenchScaleCommand.linearRatio(40, 8, 10, 2)).isCloseTo(1.00, within(1e-9));
        assertThat(BenchScaleCommand.linearRatio(5, 4, 0, 1)).isZero();
    }
}
