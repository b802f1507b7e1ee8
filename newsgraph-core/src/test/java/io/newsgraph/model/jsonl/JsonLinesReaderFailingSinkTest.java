package io.newsgraph.model.jsonl;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.Event;
import io.newsgraph.model.Fact;
import io.newsgraph.model.stream.GraphSink;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sink that fails (full disk, lost database) stops the stream; it is not a bad input line. */
class JsonLinesReaderFailingSinkTest {
    private static final String LINES = """
            {"record":"article","id":"a1","title":"One","text":"First."}
            {"record":"article","id":"a2","title":"Two","text":"Second."}
            {"record":"article","id":"a3","title":"Three","text":"Third."}
            """;

    @Test
    void aFailingSinkPropagatesAndNoLineIsBlamed() {
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        GraphSink failing = new GraphSink() {
            @Override
            public void start() {
            }

            @Override
            public void article(Article article) {
                seen.add(article.id());
                if (seen.size() == 2) {
                    throw new UncheckedIOException(new IOException("No space left on device"));
                }
            }

            @Override
            public void entity(Entity entity) {
            }

            @Override
            public void event(Event event) {
            }

            @Override
            public void fact(Fact fact) {
            }

            @Override
            public void finish() {
            }
        };
        assertThatThrownBy(() -> JsonLinesReader.stream(new BufferedReader(new StringReader(LINES)), "x.jsonl", failing,
                problems::add)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
        assertThat(seen).containsExactly("a1", "a2");
        assertThat(problems).isEmpty();
    }

    @Test
    void badLinesAreStillReportedAndSkipped() throws IOException {
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        io.newsgraph.model.stream.GraphCollector collector = new io.newsgraph.model.stream.GraphCollector();
        JsonLinesReader.stream(new BufferedReader(new StringReader("{\"record\":\"article\"}\n" + LINES + "{oops\n")),
                "x.jsonl", collector, problems::add);
        collector.graph().articles().forEach(a -> seen.add(a.id()));
        assertThat(seen).containsExactly("a1", "a2", "a3");
        assertThat(problems).extracting(JsonLinesReader.Problem::line).containsExactly(1L, 5L);
    }
}
