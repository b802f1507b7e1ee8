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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anEntityKeepsTheReasonOfEachAliasAndItsTypeRule() throws Exception {
        Graph small = TestGraphs.small();
        Entity plain = small.entities().get(0);
        Entity withReasons = plain.withReasons(List.of(new AliasMerge("Mr X", "short name", plain.name())), "apposition");
        List<Entity> entities = new ArrayList<>(small.entities());
        entities.set(0, withReasons);
        Graph g = new Graph(small.articles(), entities, small.facts(), small.events());
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        assertThat(out.toString()).contains("\"merges\":[{\"alias\":\"Mr X\",\"reason\":\"short name\",\"to\":\"" + plain.name()
                + "\"}],\"typeRule\":\"apposition\"}");
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", p -> { });
        assertThat(back).isEqualTo(g);
        assertThat(back.entities().get(1).merges()).isEmpty();
        assertThat(back.entities().get(1).typeRule()).isNull();
    }

    @Test
    void aMergeWithoutItsReasonIsABadLine() throws Exception {
        String line = "{\"record\":\"entity\",\"id\":\"person/x\",\"name\":\"X\",\"label\":\"Person\",\"merges\":[{\"alias\":\"Y\",\"to\":\"X\"}]}";
        List<JsonLinesReader.Problem> problems = new ArrayList<>();
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(line)), "mem", problems::add);
        assertThat(back.entities()).isEmpty();
        assertThat(problems).extracting(JsonLinesReader.Problem::message).containsExactly("missing field 'reason'");
    }

    @Test
    void confidencesThatAreProductsOfWeightsSurviveTheRoundTrip() throws Exception {
        // 0.85 * 0.85 is 0.7224999999999999 in binary; JSON Lines writes three decimals.
        Fact base = TestGraphs.small().facts().get(0);
        Evidence e = base.primary();
        Fact f = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), base.modality(), null, null, null, null,
                List.of(new Evidence(e.article(), e.sentence(), e.start(), e.end(), e.text(), e.extractor(), 0.85 * 0.85)));
        assertThat(f.confidence()).isEqualTo(0.722);
        Graph g = new Graph(TestGraphs.small().articles(), TestGraphs.small().entities(), List.of(f), List.of());
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", p -> { });
        assertThat(back).isEqualTo(g);
    }

    @Test
    void eachReadingKeepsTheRuleThatFiredRightAfterItsExtractor() throws Exception {
        Fact base = TestGraphs.small().facts().get(0);
        Evidence e = base.primary();
        Fact f = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), Modality.ASSERTED, null, null, null, null,
                List.of(new Evidence(e.article(), e.sentence(), e.start(), e.end(), e.text(), "role-title", 0.9, null, null,
                                "role-title/appositive"),
                        new Evidence(e.article(), e.sentence() + 1, e.start(), e.end(), e.text(), "manual", 0.8)));
        Graph g = new Graph(TestGraphs.small().articles(), TestGraphs.small().entities(), List.of(f), List.of());
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        assertThat(out.toString()).contains("\"extractor\":\"role-title\",\"rule\":\"role-title/appositive\",\"confidence\"");
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", p -> { });
        assertThat(back).isEqualTo(g);
        assertThat(back.facts().get(0).evidence().get(1).rule()).isNull();
    }

    @Test
    void aRuleMustBelongToItsExtractor() {
        assertThatThrownBy(() -> new Evidence("a", 0, 0, 1, "t", "verb-frame", 0.5, null, null, "role-title/appositive"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role-title/appositive");
    }

    @Test
    void eachReadingKeepsItsOwnAttributionAndDate() throws Exception {
        Fact base = TestGraphs.small().facts().get(0);
        Evidence e = base.primary();
        Fact f = new Fact(base.id(), base.subject(), base.predicate(), base.object(), base.subjectId(), base.objectId(),
                base.polarity(), Modality.ASSERTED, null, null, "2025-03-02", null,
                List.of(new Evidence(e.article(), e.sentence(), e.start(), e.end(), e.text(), e.extractor(), 0.9, null, "2025-03-02"),
                        new Evidence(e.article(), e.sentence() + 1, e.start(), e.end(), e.text(), e.extractor(), 0.8,
                                "the Harbor Ledger", "2025-02")));
        Graph g = new Graph(TestGraphs.small().articles(), TestGraphs.small().entities(), List.of(f), List.of());
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        assertThat(out.toString()).contains("\"attributedTo\":\"the Harbor Ledger\",\"date\":\"2025-02\"");
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", p -> { });
        assertThat(back).isEqualTo(g);
    }

    @Test
    void eventsKeepTheirCameoCodeAndOmitItWhenUnknown() throws Exception {
        Graph small = TestGraphs.small();
        List<Participant> ps = List.of(new Participant(Role.AGENT, small.entities().get(0).id()));
        Event coded = new Event("event/a1-2-threatened", Predicate.THREATENED, "a1", 2, ps, "2025-01", null, "138");
        Event uncoded = new Event("event/a1-3-requested", Predicate.REQUESTED, "a1", 3, ps, null, null);
        Graph g = new Graph(small.articles(), small.entities(), small.facts(), List.of(coded, uncoded));
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(g, out);
        List<String> eventLines = out.toString().lines().filter(l -> l.contains("\"record\":\"event\"")).toList();
        assertThat(eventLines).hasSize(2);
        assertThat(eventLines.get(0)).contains("\"place\":null,\"cameo\":\"138\",\"goldstein\":-7.0");
        assertThat(eventLines.get(1)).doesNotContain("cameo").doesNotContain("goldstein");
        Graph back = JsonLinesReader.read(new BufferedReader(new StringReader(out.toString())), "mem", p -> { });
        assertThat(back).isEqualTo(g);
        assertThat(back.events().get(0).cameo()).isEqualTo("138");
        assertThat(back.events().get(1).cameo()).isNull();
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
