package io.newsgraph.cli;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a user reads when the extraction of one article fails. */
class ArticleGraphBuilderTest {
    private static final Article LONG = new Article("long", "Long", null, null, null, null, "in/long.txt",
            "Rain fell. ".repeat(1_000));

    @Test
    void outOfMemoryNamesTheSizeAndWhatToDoWithoutClassNames() {
        String line = ArticleGraphBuilder.reason(LONG, new ExecutionException(new OutOfMemoryError("Java heap space")));
        assertThat(line).isEqualTo("out of memory on an article of 11000 characters; give Java more heap (-Xmx) "
                + "or lower --max-article-size");
    }

    @Test
    void otherFailuresKeepTheirFirstMessageLine() {
        String line = ArticleGraphBuilder.reason(LONG, new IllegalStateException("token index 7 out of range\nmore"));
        assertThat(line).isEqualTo("internal error: token index 7 out of range; run with -v for details")
                .doesNotContain("Exception");
        assertThat(ArticleGraphBuilder.reason(LONG, new StackOverflowError())).contains("nested too deeply");
    }
}
