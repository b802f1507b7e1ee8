package io.newsgraph.eval;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PETRARCH2 militant-actor dictionary converter: its rows on a made-up dictionary, and that the shipped file is its output. */
class ArmedGroupConverterTest {
    @Test
    void keepsGroupsAndTheirNamesButNotTheirLeadersOrDates() {
        List<String> dictionary = List.of(
                "# made-up groups in the PETRARCH2 format",
                "NORTHERN_DAWN_FRONT_(NDF)_ [RURREB] # an inline code",
                "+NDF_",
                "+DAWN_BRIGADES_",
                "+OSKAR_VALLEN                 # a leader listed as a synonym",
                "+VALLEN                       # his surname alone",
                "",
                "KESTREL_GUARD",
                "\t[GRKREB]",
                "+HAWK_ARMY+KESTRELS           # two synonyms run together",
                "",
                "RUDOLF_ELPHBERG_",
                "\t[RURREB 19900101-20011231]  # a person: his code has his years",
                "",
                "12_MARCH_MOVEMENT_ [RURREB]   # a date for a name",
                "",
                "LOST_BAND_                    # no code at all",
                "",
                "ABU_KAREL_ [RURREB]           # a person heading a block of his own");

        String out = ArmedGroupConverter.convert(dictionary, List.of("Licence"));

        assertThat(out).contains("# Licence\n");
        assertThat(out.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "Northern Dawn Front\tNDF,Dawn Brigades\tRURREB",
                "Kestrel Guard\tHawk Army,Kestrels\tGRKREB");
    }

    @Test
    void aOneWordSynonymIsKeptOnlyAsASpellingOfTheGroupsName() {
        assertThat(ArmedGroupConverter.isSpellingOf("HIZBULLAH", "HEZBOLLAH")).isTrue();
        assertThat(ArmedGroupConverter.isSpellingOf("SHABAAB", "AL-SHABAAB")).isTrue();
        assertThat(ArmedGroupConverter.isSpellingOf("AWLAKI", "AL-QAEDA_IN_THE_ARABIAN_PENINSULA")).isFalse();
    }

    @Test
    void writesNamesReadably() {
        assertThat(ArmedGroupConverter.display("AL-SHABAAB")).isEqualTo("Al-Shabaab");
        assertThat(ArmedGroupConverter.display("ARMY_OF_THE_NORTH")).isEqualTo("Army of the North");
        assertThat(ArmedGroupConverter.display("ETA")).isEqualTo("ETA");
    }

    @Test
    @RequiresShared({"data/petrarch2/Phoenix.MilNonState.actors.txt", "data/petrarch2/LICENSE"})
    void theShippedResourceIsTheConverterOutputOfTheSharedDictionary() throws IOException {
        String regenerated = ArmedGroupConverter.convert(SharedData.folder().resolve("data/petrarch2"));
        assertThat(ShippedResources.text("/io/newsgraph/extract/events/armed-groups.tsv")).isEqualTo(regenerated);
    }
}
