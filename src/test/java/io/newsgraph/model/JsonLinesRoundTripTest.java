package io.newsgraph.model;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.jsonl.JsonLinesReader;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesRoundTripTest {
    @Test
    void writesAndReadsBackTheSameGraph() throws Exception {
        Graph g = TestGraphs.small();
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", problems::add);
        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(g);
    }

    @Test
    void factLinesCarryTheContractFieldsFlat() {
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(TestGraphs.small(), out);
        String factLine = out.toString().lines().filter(l -> l.contains("\"record\":\"fact\"")).findFirst().orElseThrow();
        for (String field : List.of("subject", "predicate", "object", "article", "sentence", "start", "end", "text",
                "extractor", "confidence", "polarity", "modality")) {
            assertThat(factLine).contains("\"" + field + "\":");
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheRestKept() throws Exception {
        String input = "{\"record\":\"entity\",\"id\":\"person/a\",\"name\":\"A\",\"label\":\"Person\"}\n"
                + "{not json\n"
                + "{\"record\":\"fact\",\"subject\":\"A\",\"predicate\":\"LIKES\",\"object\":\"B\"}\n"
                + "{\"record\":\"entity\",\"id\":\"person/b\",\"name\":\"B\",\"label\":\"Person\"}\n";
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        Graph g = JsonLinesReader.read(new BufferedReader(new StringReader(input)), "in.jsonl", problems::add);
        assertThat(g.entities()).extracting(Entity::name).containsExactly("A", "B");
        assertThat(problems).extracting(JsonLinesReader.Problem::line).containsExactly(2L, 3L);
        assertThat(problems.get(1).toString()).startsWith("in.jsonl:3: ").contains("LIKES");
    }
}
