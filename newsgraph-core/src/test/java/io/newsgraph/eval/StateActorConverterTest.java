package io.newsgraph.eval;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PETRARCH2 country and agent dictionary converter: its rows on made-up dictionaries, and that the shipped file is its output. */
class StateActorConverterTest {
    @Test
    void keepsNationalityWordsAndOneWordAgents() {
        List<String> countries = List.of(
                "# made-up countries in the PETRARCH2 format",
                "RURITANIA_  [RUR]",
                "+RURITANIAN_",
                "+RURITANIANS",
                "+RURITANA_           # a misspelling: two edits away, no nationality",
                "+STREHLAU_           # the capital, unmarked as such",
                "+RURITANIALAND_",
                "UNITED_REPUBLIC_OF_GRAUSTARK_ [GRK]",
                "+GRAUSTARKIAN",
                "PRESIDENT_RUDOLF_ELPHBERG",
                "+RUDOLFIAN");
        List<String> agents = List.of(
                "POLICE {} [~COP]",
                "POLICE_CHIEF [~COP]",
                "REBEL [~REB]",
                "MINISTRY_  [~GOV]",
                "HUMAN_RIGHTS_BODY  [NGO~]");

        String out = StateActorConverter.convert(countries, agents, List.of("Licence"));

        assertThat(out).contains("# Licence\n");
        assertThat(out.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "C\tRuritania\truritanian,ruritanians",
                "C\tGraustark\tgraustarkian",
                "A\tpolice\tCOP",
                "A\trebel\tREB",
                "A\tministry\tGOV");
    }

    @Test
    void tellsNationalityWordsFromMisspellingsAndOtherNames() {
        assertThat(StateActorConverter.isNationality("SUDANESE", "SUDAN")).isTrue();
        assertThat(StateActorConverter.isNationality("AFGHAN", "AFGHANISTAN")).isTrue();
        assertThat(StateActorConverter.isNationality("AFGHANSITAN", "AFGHANISTAN")).isFalse();
        assertThat(StateActorConverter.isNationality("KENYALAND", "KENYA")).isFalse();
        assertThat(StateActorConverter.isNationality("KABUL", "AFGHANISTAN")).isFalse();
    }

    @Test
    @RequiresShared({"data/petrarch2/Phoenix.Countries.actors.txt", "data/petrarch2/Phoenix.agents.txt", "data/petrarch2/LICENSE"})
    void theShippedResourceIsTheConverterOutputOfTheSharedDictionaries() throws IOException {
        String regenerated = StateActorConverter.convert(SharedData.folder().resolve("data/petrarch2"));
        assertThat(ShippedResources.text("/io/newsgraph/extract/events/state-actors.tsv")).isEqualTo(regenerated);
    }
}
