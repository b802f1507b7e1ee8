package io.newsgraph.eval;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PETRARCH2 verb dictionary converter: its rows on a made-up dictionary, and that the shipped file is its output. */
class CameoVerbConverterTest {
    @Test
    void convertsSynsetsBlocksVerbsAndPatterns() throws IOException {
        List<String> dictionary = List.of(
                "# a made-up dictionary in the PETRARCH2 format",
                "&GADGET",
                "+WIDGET",
                "+FLUX_CAPACITOR_",
                "",
                "---  PESTER   [100]  ---",
                "+PESTER_ABOUT {+PESTERED_ABOUT}  # comment",
                "PESTER",
                "NAG {NAGS NAGGED NAGGING} [101]",
                "WIRE_+TAP",
                "- * (FOR &GADGET)                [1011]   # PESTER",
                "- &OWNER * {SHINY GADGET}        [---]",
                "~ a (a b WILL_PESTER) SAY = a b 138");

        String out = CameoVerbConverter.convert(dictionary, List.of("Licence line one", "", "line two"));

        assertThat(out).contains("# Licence line one\n#\n# line two\n");
        assertThat(out.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "S\t&gadget\twidget|flux capacitor",
                "B\t1\tpester\t100",
                "V\t1\tpester\t+pester about\t-",
                "V\t1\tpester\t-\t-",
                "V\t1\tnag\t-\t101",
                "V\t1\ttap\twire +tap\t-",
                "P\t1\t* (for &gadget)\t1011",
                "P\t1\t&owner * {shiny gadget}\t---");
    }

    @Test
    void anUnreadablePatternNamesItsLine() {
        assertThatThrownBy(() -> CameoVerbConverter.convert(List.of("---  X   [100]  ---", "X", "- * (FOR AID)"), List.of()))
                .hasMessage("CAMEO.2.0.txt:3: unreadable pattern: - * (FOR AID)");
    }

    @Test
    @RequiresShared({"data/petrarch2/CAMEO.2.0.txt", "data/petrarch2/LICENSE"})
    void theShippedResourceIsTheConverterOutputOfTheSharedDictionary() throws IOException {
        String regenerated = CameoVerbConverter.convert(SharedData.folder().resolve("data/petrarch2"));
        assertThat(ShippedResources.text("/io/newsgraph/extract/events/cameo-verbs.tsv")).isEqualTo(regenerated);
    }
}
