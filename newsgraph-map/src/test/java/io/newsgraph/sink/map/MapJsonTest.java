package io.newsgraph.sink.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapJsonTest {
    @Test
    void scriptSafeEscapesWhatCouldEndTheScriptElement() {
        assertThat(MapJson.scriptSafe("{\"a\":\"</script><!-- & \u2028\u2029\"}"))
                .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029\"}");
    }

    @Test
    void hostileDataStaysInsideTheBlockAndReadsBackUnchanged() throws Exception {
        String json = MapJson.of(MapGraph.of(MapTestGraphs.hostile()), MapOptions.whole(), null);
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.at("/nodes/9/name").asText()).isEqualTo(MapTestGraphs.IMG_NAME);
        assertThat(root.at("/edges/8/evidence/0/text").asText()).isEqualTo(MapTestGraphs.SCRIPT_SENTENCE);
        assertThat(root.at("/articles/fx-666/url").asText()).isEqualTo("javascript:window.__pwned=3");
        assertThat(root.at("/nodes")).hasSize(10);
        assertThat(root.at("/edges")).hasSize(9);
        assertThat(root.at("/meta/colors/Person").asText()).startsWith("#");
    }

    @Test
    void nodesCarryWhyEachAliasJoinedAndTheirTypeRule() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MapJson.of(MapGraph.of(io.newsgraph.TestGraphs.small()), MapOptions.whole(), null));
        JsonNode tom = null;
        for (JsonNode n : root.get("nodes")) {
            tom = n.get("id").asText().equals("person/tom-o-neil") ? n : tom;
        }
        assertThat(tom).isNotNull();
        assertThat(tom.at("/merges/0/alias").asText()).isEqualTo("O'Neil");
        assertThat(tom.at("/merges/0/reason").asText()).isEqualTo("short name");
        assertThat(tom.at("/merges/0/to").asText()).isEqualTo("Tom O'Neil");
        assertThat(tom.get("typeRule").asText()).isEqualTo("apposition");
    }

    @Test
    void edgesCarryProvenance() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MapJson.of(MapGraph.of(io.newsgraph.TestGraphs.small()), MapOptions.whole(), null));
        JsonNode reported = root.at("/edges/6");
        assertThat(reported.get("predicate").asText()).isEqualTo("COMMUNICATED_WITH");
        assertThat(reported.get("symmetric").asBoolean()).isTrue();
        assertThat(reported.get("polarity").asText()).isEqualTo("negative");
        assertThat(reported.get("modality").asText()).isEqualTo("reported");
        assertThat(reported.get("attributedTo").asText()).isEqualTo("Critics");
        assertThat(reported.at("/evidence/0/extractor").asText()).isEqualTo("verb-frame");
        assertThat(reported.at("/evidence/0/rule").asText()).isEqualTo("verb-frame/subj-verb-obj");
        JsonNode unnamed = root.at("/edges/7/evidence/0");
        assertThat(unnamed.has("rule")).as("evidence from before rules had names has no rule").isFalse();
        assertThat(reported.at("/evidence/0/text").asText()).isEqualTo("Critics said O'Neil had not consulted residents.");
        assertThat(root.at("/articles/fx-001/title").asText()).isEqualTo("Nordlys Energy to buy Kalev Power");
        assertThat(root.at("/articles/fx-001").has("text")).isFalse();
    }

    @Test
    void edgesOfCodedEventsCarryTheirCodeGoldsteinWeightAndTone() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MapJson.of(
                MapGraph.of(io.newsgraph.TestGraphs.fromResource("/map/tones-graph.jsonl")), MapOptions.whole(), null));
        java.util.Map<String, JsonNode> byPredicate = new java.util.HashMap<>();
        root.get("edges").forEach(e -> byPredicate.put(e.get("predicate").asText(), e));
        assertThat(byPredicate.get("ATTACKED").get("cameo").asText()).isEqualTo("190");
        assertThat(byPredicate.get("ATTACKED").get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(byPredicate.get("ATTACKED").get("tone").asText()).isEqualTo("conflict");
        assertThat(byPredicate.get("MET_WITH").get("tone").asText()).isEqualTo("cooperation");
        assertThat(byPredicate.get("COMMUNICATED_WITH").get("tone").asText()).isEqualTo("neutral");
        assertThat(byPredicate.get("WORKS_FOR").has("cameo")).as("a fact of no event").isFalse();
        assertThat(byPredicate.get("WORKS_FOR").has("tone")).isFalse();
        assertThat(root.at("/meta/toneColors/conflict").asText()).startsWith("#");
    }

    @Test
    void edgesOfADisputedClaimSayWhoAssertsAndWhoDenies() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MapJson.of(
                MapGraph.of(io.newsgraph.TestGraphs.fromResource("/claims/corpus-graph.jsonl")), MapOptions.whole(), null));
        assertThat(root.at("/meta/disputedColor").asText()).startsWith("#");
        java.util.List<JsonNode> met = new java.util.ArrayList<>();
        root.get("edges").forEach(e -> {
            if (e.get("predicate").asText().equals("MET_WITH")) {
                met.add(e);
            }
        });
        assertThat(met).isNotEmpty().allSatisfy(e -> {
            assertThat(e.at("/claim/status").asText()).isEqualTo("disputed");
            assertThat(e.at("/claim/outlets").asInt()).isEqualTo(2);
            assertThat(e.at("/claim/deniedBy/0").asText()).isEqualTo("Tomas Reyes");
        });
        java.util.List<String> stances = new java.util.ArrayList<>();
        met.forEach(e -> e.get("evidence").forEach(ev -> stances.add(ev.get("stance").asText() + " " + ev.path("speaker").asText())));
        assertThat(stances).contains("denies Tomas Reyes", "supports three people");
    }
    @Test
    void datesBecomeSortableDaysOrNothing() {
        assertThat(MapDates.day("2024")).isEqualTo("2024-01-01");
        assertThat(MapDates.day("2024-10")).isEqualTo("2024-10-01");
        assertThat(MapDates.day("2024-10-25")).isEqualTo("2024-10-25");
        assertThat(MapDates.day("2024-10-25T08:30:00Z")).isEqualTo("2024-10-25");
        assertThat(MapDates.day(null)).isNull();
        assertThat(MapDates.day("last Tuesday")).isNull();
        assertThat(MapDates.day("2024-13")).isNull();
    }

    @Test
    void evidenceIsDatedByItselfElseItsFactElseItsArticle() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MapJson.of(MapGraph.of(MapTestGraphs.dated()), MapOptions.whole(), null));
        java.util.Map<String, String> days = new java.util.TreeMap<>();
        java.util.Map<String, String> evidenceDays = new java.util.TreeMap<>();
        root.get("edges").forEach(e -> {
            days.put(e.get("id").asText(), e.get("days").toString());
            e.get("evidence").forEach(ev -> evidenceDays.merge(e.get("id").asText(), ev.get("day").asText("-"), (a, b) -> a + " " + b));
        });
        assertThat(days).containsEntry("fact/met", "[\"2024-03-05\"]")
                .containsEntry("fact/hired", "[\"2024-04-10\"]")
                .containsEntry("fact/supplied", "[\"2024-03-05\",\"2024-06-20\"]")
                .containsEntry("fact/praised", "[]");
        assertThat(evidenceDays).containsEntry("fact/supplied", "2024-03-05 2024-06-20").containsEntry("fact/praised", "-");
    }
}
