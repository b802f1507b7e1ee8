package io.newsgraph.sink.neo4j;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jSchemaTest {
    @Test
    void schemaFileHoldsExactlyTheLoadersStatements() throws IOException {
        String file = Files.readString(TestGraphs.repoRoot().resolve("cypher/schema.cypher"));
        String code = String.join("\n", file.lines().filter(l -> !l.trim().startsWith("//")).toList());
        List<String> statements = Arrays.stream(code.split(";")).map(s -> s.trim().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty()).toList();
        assertThat(statements).containsExactlyElementsOf(Neo4jSchema.statements());
    }

    @Test
    void typesInCypherComeOnlyFromTheEnums() {
        // Types and labels travel as parameters set from the enums, never as text from the data.
        assertThat(LoaderCypher.FACTS).contains("[r:$(row.predicate) {factId: row.id}]");
        assertThat(LoaderCypher.SET_EVIDENCE).contains("[r:$(row.predicate) {factId: row.id}]");
        assertThat(LoaderCypher.ENTITIES).contains("ON CREATE SET e:$(row.label)");
        for (EntityType t : EntityType.values()) {
            assertThat(Neo4jSchema.ENTITY_TYPE_LABELS).contains(":" + LoaderCypher.label(t));
        }
        assertThat(LoaderCypher.label(EntityType.EVENT)).isEqualTo("NamedEvent");
        assertThat(Neo4jSchema.allPredicates().split("\\|")).hasSize(Predicate.values().length);
    }

    @Test
    void redactsUserInfoFromUris() {
        assertThat(Neo4jTarget.redact("bolt://neo4j:s3cret@db.example.org:7687")).isEqualTo("bolt://db.example.org:7687");
        assertThat(Neo4jTarget.redact("neo4j+s://db.example.org")).isEqualTo("neo4j+s://db.example.org");
    }

    @Test
    void refusesServersOlderThan5_26() {
        assertThat(Neo4jTarget.supportedAgent("Neo4j/5.26.18")).isTrue();
        assertThat(Neo4jTarget.supportedAgent("Neo4j/5.27.0")).isTrue();
        assertThat(Neo4jTarget.supportedAgent("Neo4j/2025.10.1")).isTrue();
        assertThat(Neo4jTarget.supportedAgent("Neo4j/5.20.0")).isFalse();
        assertThat(Neo4jTarget.supportedAgent("Neo4j/4.4.30")).isFalse();
        assertThat(Neo4jTarget.supportedAgent("Memgraph")).isTrue();
    }

    @Test
    void theFullTextIndexComesFirstAndTheConstraintsLastWithNothingLost() {
        List<List<String>> order = Neo4jSchema.populationOrder(Neo4jSchema.statements());
        assertThat(order).hasSize(3);
        assertThat(order.get(0)).singleElement().asString().startsWith("CREATE FULLTEXT INDEX entity_names");
        assertThat(order.get(1)).isNotEmpty().allMatch(st -> st.startsWith("CREATE INDEX"));
        assertThat(order.get(2)).isNotEmpty().allMatch(st -> st.startsWith("CREATE CONSTRAINT"));
        assertThat(order.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(Neo4jSchema.statements());
    }
}
