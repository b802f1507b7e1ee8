package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import static io.newsgraph.ingest.IngestFixtures.messages;
import static io.newsgraph.ingest.IngestFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article.path, which facts.jsonl, Neo4j and RDF publish: relative to the input the user named,
 * so an export shows no folder of the machine it was made on; absolute only when asked.
 */
class ArticlePathsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesPathsInsideIt() {
        Path news = dir.resolve("home-of-someone/news");
        write(news, "tuesday/port.txt", "Port Reopens\n\nShips docked again.");
        write(news, "wire.md", "---\ntitle: Wire\n---\nThe wire story.");
        List<Article> articles = read(false, news.toString());
        assertThat(articles).extracting(Article::path).containsExactly("tuesday/port.txt", "wire.md");
        assertThat(articles).extracting(Article::id).containsExactly("port", "wire");
    }

    @Test
    void aFileNamedDirectlyKeepsItsNameOnly() {
        Path file = write(dir, "deep/er/storm.html", "<html><body><h1>Storm</h1><p>The storm passed at night.</p></body></html>");
        assertThat(read(false, file.toString())).extracting(Article::path).containsExactly("storm.html");
    }

    @Test
    void eachLineOfACorpusRecordsTheCorpusFile() {
        write(dir, "corpora/wire.jsonl", "{\"id\":\"w1\",\"text\":\"One story.\"}\n{\"id\":\"w2\",\"text\":\"Another story.\"}\n");
        assertThat(read(false, dir.toString())).extracting(Article::id, Article::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w1", "corpora/wire.jsonl"),
                        org.assertj.core.groups.Tuple.tuple("w2", "corpora/wire.jsonl"));
    }

    @Test
    void keptPathsAreAbsoluteAndNormalisedAndIdsDoNotChange() {
        Path news = dir.resolve("news");
        Path story = write(news, "a/story.txt", "A story.");
        String named = news.resolve("a/../a").toString();
        List<Article> kept = read(true, named);
        assertThat(kept).extracting(Article::path).containsExactly(story.toAbsolutePath().normalize().toString());
        assertThat(kept).extracting(Article::id).isEqualTo(read(false, named).stream().map(Article::id).toList());
    }

    @Test
    void problemsStillNameTheInputAsTheUserNamedIt() {
        write(dir, "news/empty.txt", "");
        IngestResult r = new Ingest().read(List.of(dir.resolve("news").toString()), InputStream.nullInputStream());
        assertThat(messages(r)).singleElement().asString().isEqualTo(dir.resolve("news/empty.txt") + ": empty file");
    }

    @Test
    void standardInputHasNoPath() {
        assertThat(IngestFixtures.only(IngestFixtures.readStdin("Piped story.")).path()).isEqualTo("<stdin>");
        Article kept = IngestFixtures.only(new Ingest().keepAbsolutePaths(true).read(List.of("-"),
                new java.io.ByteArrayInputStream("Piped story.".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(kept.path()).isEqualTo("<stdin>");
    }

    private static List<Article> read(boolean absolute, String... inputs) {
        IngestResult r = new Ingest().keepAbsolutePaths(absolute).read(List.of(inputs), InputStream.nullInputStream());
        assertThat(r.problems()).isEmpty();
        return r.articles();
    }
}
