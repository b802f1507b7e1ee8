package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped PETRARCH2 state actors load fast and read as documented (docs/events.md, "Actors"). */
class StateActorsTest {
    @Test
    void loadsCountriesAndAgents() {
        StateActors actors = StateActors.get();
        assertThat(actors.countryCount()).isGreaterThan(150);
        assertThat(actors.agentCount()).isGreaterThan(400);
        assertThat(actors.countryOfNationality("Cambodians")).contains("Cambodia");
        assertThat(actors.isCountry("Myanmar")).isTrue();
    }

    @Test
    void stateSectorsActForTheirStateOthersDoNot() {
        StateActors actors = StateActors.get();
        assertThat(actors.actsForState("police")).isTrue();
        assertThat(actors.actsForState("troop")).isTrue();
        assertThat(actors.actsForState("government")).isTrue();
        assertThat(actors.sector("rebel")).contains("REB");
        assertThat(actors.actsForState("rebel")).isFalse();
        assertThat(actors.actsForState("protester")).isFalse();
    }

    @Test
    void theGazetteerNamesPetrarchCountriesAsCountriesTsvDoesAndKnowsCapitals() {
        Gazetteer g = Gazetteer.get();
        assertThat(g.countryOfDemonym("Nigerian")).contains("Nigeria");
        assertThat(g.countryOfDemonym("Russian")).contains("Russia"); // countries.tsv wins over "Russian Federation"
        assertThat(g.countryOfCapital("Moscow")).contains("Russia");
        assertThat(g.countryOfCapital("Kandahar")).isEmpty();
    }
}
