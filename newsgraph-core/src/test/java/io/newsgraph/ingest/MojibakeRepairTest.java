package io.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeRepairTest {
    /** What a tool that reads UTF-8 bytes as {@code charset} shows, holes kept as C1 controls. */
    private static String garble(String text, String charset) {
        Charset cs = Charset.forName(charset);
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, cs);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @Test
    void windows1252DashesQuotesAndAccentsAreRepaired() {
        String clean = "The mayor’s office — in “Zürich” — said café owners can’t wait…";
        String garbled = garble(clean, "windows-1252");
        assertThat(garbled).contains("â€™").contains("Ã¼");
        assertThat(MojibakeRepair.repair(garbled)).isEqualTo(clean);
    }

    @Test
    void latin1DecodingWithControlCharactersIsRepaired() {
        String clean = "He said “no” – and left.";
        assertThat(MojibakeRepair.repair(garble(clean, "ISO-8859-1"))).isEqualTo(clean);
    }

    @Test
    void baltic1257DecodingIsRepaired() {
        String clean = "It was bad—worse than “expected,” the minister’s aide said.";
        String garbled = garble(clean, "windows-1257");
        assertThat(garbled).contains("ā€");
        assertThat(MojibakeRepair.repair(garbled)).isEqualTo(clean);
    }

    @Test
    void doubleGarbledTextIsRepaired() {
        String clean = "Muñoz’s plan";
        String twice = garble(garble(clean, "windows-1252"), "windows-1252");
        assertThat(MojibakeRepair.repair(twice)).isEqualTo(clean);
    }

    @Test
    void sequencesWithALostLastByteAreFixedFromTheTable() {
        assertThat(MojibakeRepair.repair("â€œQuoted,â€ she said")).isEqualTo("“Quoted,” she said");
        assertThat(MojibakeRepair.repair("â€œQuoted,â€? she said")).isEqualTo("“Quoted,” she said");
    }

    @Test
    void correctTextInManyLanguagesIsLeftAlone() {
        String[] fine = {
                "„Ein herzlicher Gruß“, schrieb sie. ÄRGER über Öl",
                "Señor Muñoz visitó São Paulo à la française, « très » bien",
                "Rīgā un Viļņā — Latvijas valdība “atbalsta” plānu",
                "Łódź, Kraków i Gdańsk – miasta w Polsce",
                "Путин и Маск говорили по телефону",
                "习近平会见了代表团。",
                "Prices: £5, €7, ¥900 ± 2 ° — “ok” ™",
        };
        for (String s : fine) {
            assertThat(MojibakeRepair.repair(s)).isEqualTo(s);
        }
    }
}
