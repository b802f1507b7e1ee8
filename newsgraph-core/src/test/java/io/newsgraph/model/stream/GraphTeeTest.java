package io.newsgraph.model.stream;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphTeeTest {
    @Test
    void everySinkGetsTheWholeGraphInOnePass() {
        Graph graph = TestGraphs.small();
        GraphCollector first = new GraphCollector();
        GraphCollector second = new GraphCollector();
        GraphSource.of(graph).into(GraphTee.of(first, second));
        assertThat(first.graph()).isEqualTo(graph);
        assertThat(second.graph()).isEqualTo(graph);
    }

    @Test
    void sinksAreCalledInTheOrderGivenAndAFailureStopsThePass() {
        List<String> calls = new ArrayList<>();
        GraphSink failing = new ForwardingSink() {
            @Override
            protected void forward(java.util.function.Consumer<GraphSink> call) {
                calls.add("failing");
            }

            @Override
            public void article(Article article) {
                throw new IllegalStateException("full");
            }
        };
        GraphSink recording = new ForwardingSink() {
            @Override
            protected void forward(java.util.function.Consumer<GraphSink> call) {
                calls.add("recording");
            }
        };
        assertThatThrownBy(() -> GraphSource.of(TestGraphs.small()).into(GraphTee.of(recording, failing)))
                .hasMessage("full");
        assertThat(calls).containsExactly("recording", "failing", "recording");
    }
}
