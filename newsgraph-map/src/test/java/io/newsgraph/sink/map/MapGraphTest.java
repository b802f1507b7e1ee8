package io.newsgraph.sink.map;

import io.newsgraph.TestGraphs;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapGraphTest {
    private final MapGraph small = MapGraph.of(TestGraphs.small());

    @Test
    void oneNodePerEntityAndOneEdgePerFactWithDegrees() {
        assertThat(small.nodes()).hasSize(9);
        assertThat(small.edges()).hasSize(8);
        assertThat(small.articles()).extracting(a -> a.id()).containsExactly("fx-001", "fx-002");
        assertThat(small.find("Tom O'Neil").degree()).isEqualTo(4);
        assertThat(small.find("Helsinki").degree()).isEqualTo(1);
        assertThat(small.nodes()).noneMatch(MapNode::implicit);
    }

    @Test
    void findsByNameAliasOrIdIgnoringCase() {
        assertThat(small.find("nordlys").id()).isEqualTo("organization/nordlys-energy");
        assertThat(small.find("THE UNION").name()).isEqualTo("Riverton union");
        assertThat(small.find("location/tallinn").name()).isEqualTo("Tallinn");
        assertThat(small.find("Nobody")).isNull();
    }

    @Test
    void focusKeepsTheNeighbourhoodAndTheFactsInsideIt() {
        MapGraph one = small.around("O'Neil", 1);
        assertThat(one.nodes()).extracting(MapNode::name).containsExactlyInAnyOrder(
                "Tom O'Neil", "Riverton", "Riverton union", TestGraphs.small().entities().get(8).name());
        assertThat(one.edges()).hasSize(4);
        assertThat(one.articles()).extracting(a -> a.id()).containsExactly("fx-002");
        assertThat(small.around("Tallinn", 0).nodes()).hasSize(1);
        assertThat(small.around("Tallinn", 2).nodes()).extracting(MapNode::name)
                .containsExactlyInAnyOrder("Tallinn", "Kalev Power", "Nordlys Energy");
        assertThat(small.around("Tallinn", 10).nodes()).hasSize(5);
    }

    @Test
    void unknownFocusSuggestsCloseNames() {
        assertThatThrownBy(() -> small.around("River", 1))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessageContaining("no entity named 'River'")
                .hasMessageContaining("Riverton, Riverton union");
    }

    @Test
    void factEndsWithoutAnEntityBecomeImplicitNodesOrMatchByName() {
        Graph g = TestGraphs.small();
        List<Fact> facts = new ArrayList<>(g.facts());
        Evidence ev = new Evidence("fx-001", 0, 0, 10, "Somebody met Maria.", "test", 0.5);
        facts.add(new Fact("f/x", "Somebody", Predicate.MET_WITH, "maria lindqvist", null, null,
                Polarity.POSITIVE, Modality.ASSERTED, null, null, null, null, List.of(ev)));
        MapGraph m = MapGraph.of(new Graph(g.articles(), g.entities(), facts, g.events()));
        assertThat(m.nodes()).hasSize(10);
        MapNode implicit = m.nodes().get(9);
        assertThat(implicit.implicit()).isTrue();
        assertThat(implicit.id()).isEqualTo("unresolved/somebody");
        assertThat(m.edges().get(8).target()).isEqualTo("person/maria-lindqvist");
    }
}
