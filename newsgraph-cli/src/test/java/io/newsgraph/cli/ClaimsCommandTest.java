package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * newsgraph claims in-process on the extraction output of the invented claims corpus
 * (src/test/resources/claims/corpus-graph.jsonl, written by 'newsgraph extract'): no CoreNLP.
 */
class ClaimsCommandTest {
    private static final String GRAPH = "newsgraph-core/src/test/resources/claims/corpus-graph.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<JsonNode> jsonl(CliRun run) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            out.add(MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void jsonLinesCarryExactlyTheContractFields() throws Exception {
        CliRun run = CliRun.of("claims", GRAPH, "--format", "jsonl");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> claims = jsonl(run);
        assertThat(claims).isNotEmpty();
        for (JsonNode c : claims) {
            List<String> fields = new ArrayList<>();
            Iterator<String> names = c.fieldNames();
            names.forEachRemaining(fields::add);
            assertThat(fields).containsExactly("subject", "predicate", "object", "subjectId", "objectId", "status",
                    "supporting", "denying", "outlets", "denyingOutlets", "speakers", "firstReported", "lastReported");
        }
        JsonNode met = claims.stream().filter(c -> c.get("predicate").asText().equals("MET_WITH")).findFirst().orElseThrow();
        assertThat(met.get("status").asText()).isEqualTo("disputed");
        assertThat(met.get("outlets").asInt()).isEqualTo(2);
        assertThat(met.get("supporting")).hasSize(4);
        assertThat(met.get("denying").get(0).asText()).isEqualTo("daily-denial");
        assertThat(met.get("speakers").toString()).contains("Tomas Reyes");
        assertThat(met.get("firstReported").asText()).isEqualTo("2025-03-02");
    }

    @Test
    void filtersByStatusEntityAndReportDates() throws Exception {
        List<JsonNode> disputed = jsonl(CliRun.of("claims", GRAPH, "--format", "jsonl", "--status", "disputed"));
        assertThat(disputed).isNotEmpty().allMatch(c -> c.get("status").asText().equals("disputed"));

        List<JsonNode> brannigan = jsonl(CliRun.of("claims", GRAPH, "--format", "jsonl", "--entity", "brannigan"));
        assertThat(brannigan).isNotEmpty().allMatch(c -> c.toString().contains("person/ruth-brannigan"));

        List<JsonNode> early = jsonl(CliRun.of("claims", GRAPH, "--format", "jsonl", "--until", "2025-03-04", "--entity", "Ilse Varga"));
        JsonNode met = early.stream().filter(c -> c.get("predicate").asText().equals("MET_WITH")).findFirst().orElseThrow();
        assertThat(met.get("status").asText()).isEqualTo("corroborated");
        assertThat(jsonl(CliRun.of("claims", GRAPH, "--format", "jsonl", "--since", "2025-04"))).isEmpty();
    }

    @Test
    void theTableIsReadable() {
        CliRun run = CliRun.of("claims", GRAPH);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("STATUS").contains("CLAIM", "FOR", "AGAINST", "ASSERTED BY / DENIED BY", "FIRST", "LAST");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("disputed").contains("Ilse Varga MET_WITH Pavel Oskarsson",
                "2 (4)", "Tomas Reyes", "2025-03-02"));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ claims, \\d+ disputed\\..*");
    }

    @Test
    void badOptionsAreUsageErrorsOfOneLine() {
        assertThat(CliRun.of("claims", GRAPH, "--status", "rumoured").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("claims", GRAPH, "--since", "March").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("claims", GRAPH, "--since", "2025-04", "--until", "2025-03").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("claims", GRAPH, "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun nobody = CliRun.of("claims", GRAPH, "--entity", "Nobody Atall");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nobody.err().lines()).hasSize(1).allMatch(l -> l.contains("no entity named 'Nobody Atall'"));
        assertThat(CliRun.of("claims").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
