package io.newsgraph.sink.neo4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text of import lines: quoting, list entries and numbers, and which files must be parsed as multiline. */
class ImportCsvTest {
    @TempDir
    Path dir;

    private String written(ImportCsv csv) throws IOException {
        csv.commit();
        return Files.readString(csv.file(), StandardCharsets.UTF_8);
    }

    @Test
    void doublesEveryQuoteWhereverItStands() throws IOException {
        ImportCsv csv = new ImportCsv(dir.resolve("a.csv"), List.of("id:ID", "name"));
        csv.line("\"", "say \"hi\" and \"\"bye\"\"");
        csv.line("plain, with; commas", null);
        assertThat(written(csv)).isEqualTo("id:ID,name\n\"\"\"\",\"say \"\"hi\"\" and \"\"\"\"bye\"\"\"\"\"\n\"plain, with; commas\",\n");
        assertThat(csv.multiline()).isFalse();
    }

    @Test
    void writesNumbersAndListsAsStringValueOfWould() throws IOException {
        ImportCsv csv = new ImportCsv(dir.resolve("n.csv"), List.of("a:long", "b:double", "c:long[]", "d:double[]", "e:string[]",
                "f:boolean"));
        csv.line(7L, 0.1 + 0.2, List.of(1L, -2L, Long.MAX_VALUE), List.of(0.5, 1.0E-7, 12.0), List.of("x \"y\"", "", "z"), true);
        String sep = String.valueOf(ImportCsv.ARRAY_DELIMITER);
        assertThat(written(csv).lines().toList().get(1)).isEqualTo("7," + (0.1 + 0.2) + ",\"1" + sep + "-2" + sep + Long.MAX_VALUE
                + "\",\"0.5" + sep + "1.0E-7" + sep + "12.0\",\"x \"\"y\"\"" + sep + sep + "z\",true");
    }

    @Test
    void aCarriageReturnOrALineFeedMakesTheFileMultiline() throws IOException {
        ImportCsv cr = new ImportCsv(dir.resolve("cr.csv"), List.of("t"));
        cr.line("one\rtwo");
        assertThat(cr.multiline()).isTrue();
        ImportCsv lf = new ImportCsv(dir.resolve("lf.csv"), List.of("t:string[]"));
        lf.line(List.of("a", "b\nc"));
        assertThat(lf.multiline()).isTrue();
        assertThat(written(lf)).isEqualTo("t:string[]\n\"a" + ImportCsv.ARRAY_DELIMITER + "b\nc\"\n");
    }

    @Test
    void refusesAListEntryHoldingTheDelimiter() {
        ImportCsv csv = new ImportCsv(dir.resolve("d.csv"), List.of("t:string[]"));
        assertThatThrownBy(() -> csv.line(List.of("a" + ImportCsv.ARRAY_DELIMITER + "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+001F");
        csv.close();
    }
}
