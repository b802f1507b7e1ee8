package io.newsgraph.sink.neo4j;

import io.newsgraph.claims.Claim;
import io.newsgraph.claims.ClaimStatus;
import io.newsgraph.claims.Claims;
import io.newsgraph.claims.Speaker;
import io.newsgraph.claims.Stance;
import io.newsgraph.model.Graph;
import org.neo4j.driver.Record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** What the claim queries of cypher/queries.cypher (Q17-Q20) must return: row counts from Claims on the same graph. */
final class ClaimQueries {
    private ClaimQueries() {
    }

    /** On QueriesIT's fixture (the small graph and one more article, loaded in two passes), with these parameters. */
    static Map<String, QueriesIT.Expect> onFixture() {
        Graph g = QueryFixture.graph();
        String tom = "Tom O'Neil";
        List<Claim> claims = Claims.of(g);
        Map<String, Consumer<List<Record>>> checks = expectations(g, tom, tom, "2025-01-01", "2025-12-31");
        Map<String, QueriesIT.Expect> out = new HashMap<>();
        // "Critics" deny O'Neil's contacts with Riverton that he reports himself.
        out.put("Q17", new QueriesIT.Expect(Map.of(), 1, checks.get("Q17").andThen(rows -> {
            assertThat(rows.get(0).get("predicate").asString()).isEqualTo("COMMUNICATED_WITH");
            assertThat(rows.get(0).get("asserted_by").asList()).containsExactly(tom);
        })));
        out.put("Q18", new QueriesIT.Expect(Map.of("speaker", tom), 2, checks.get("Q18").andThen(rows ->
                assertThat(rows).extracting(r -> r.get("stance").asString() + " " + r.get("predicate").asString())
                        .containsExactly("supports COMMUNICATED_WITH", "denies THREATENED"))));
        int statuses = (int) claims.stream().filter(c -> c.involves("person/tom-o-neil")).map(Claim::status).distinct().count();
        out.put("Q19", new QueriesIT.Expect(Map.of("name", tom), statuses, checks.get("Q19")));
        int firsts = (int) claims.stream().filter(c -> c.firstReported() != null && c.firstReported().startsWith("2025")).count();
        out.put("Q20", new QueriesIT.Expect(Map.of("since", "2025-01-01", "until", "2025-12-31"), firsts, checks.get("Q20")));
        return out;
    }

    /** On a graph loaded whole, with the documented default parameters (speaker, name, dates). */
    static Map<String, Consumer<List<Record>>> expectations(Graph graph, String speaker, String entity, String since, String until) {
        List<Claim> claims = Claims.of(graph);
        String entityId = graph.entities().stream().filter(x -> x.name().equals(entity)).findFirst().orElseThrow().id();
        Map<String, Consumer<List<Record>>> e = new HashMap<>();
        e.put("Q17", rows -> {
            assertThat(rows).hasSize((int) claims.stream().filter(c -> c.status() == ClaimStatus.DISPUTED).count());
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("outlets").asLong()).isPositive();
                assertThat(r.get("denying_outlets").asLong()).isPositive();
            });
        });
        e.put("Q18", rows -> {
            long sides = claims.stream().mapToLong(c -> List.of(Stance.SUPPORTS, Stance.DENIES).stream()
                    .filter(side -> c.speakers(side).stream().filter(Speaker::named).anyMatch(s -> s.name().equals(speaker))).count()).sum();
            assertThat(rows).hasSize((int) sides);
            assertThat(rows).allSatisfy(r -> assertThat(r.get("quote").asString()).isNotBlank());
        });
        e.put("Q19", rows -> {
            assertThat(rows.stream().mapToLong(r -> r.get("claims").asLong()).sum())
                    .isEqualTo(claims.stream().filter(c -> c.involves(entityId)).count());
            assertThat(rows).allSatisfy(r -> ClaimStatus.parse(r.get("status").asString()));
        });
        e.put("Q20", rows -> {
            assertThat(rows).hasSize((int) claims.stream().filter(c -> c.firstReported() != null
                    && c.firstReported().compareTo(since) >= 0 && c.firstReported().compareTo(until) <= 0).count());
            List<String> firsts = rows.stream().map(r -> r.get("first_reported").asString()).toList();
            assertThat(firsts).isSorted();
        });
        return e;
    }
}
