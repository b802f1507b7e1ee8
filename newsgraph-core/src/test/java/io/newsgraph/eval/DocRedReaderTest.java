package io.newsgraph.eval;

import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocRedReaderTest {
    private static final Path SAMPLE = Path.of("newsgraph-core/src/test/resources/eval/docred-sample.json");

    @Test
    void sentencesAreLinesAndEveryMentionOfAnEntityIsASpan() throws Exception {
        GoldDocument d = DocRedReader.read(SAMPLE, DocRedReader.Split.ALL).get(0);

        assertThat(d.text()).isEqualTo("Quill Press is a publisher in Lyon owned by Anna Berg .\nBerg also works for it since 1999 .");
        GoldEntity berg = d.entities().get(2);
        assertThat(berg.mentions()).extracting(s -> s.of(d.text())).containsExactly("Anna Berg", "Berg");
        assertThat(d.entityAt(berg.mentions().get(1))).contains(berg);
    }

    @Test
    void propertiesMapOntoPredicatesReversedWhereTheyPointBackAndDuplicatesMerge() throws Exception {
        GoldDocument d = DocRedReader.read(SAMPLE, DocRedReader.Split.ALL).get(0);

        // P159, P17 and P131 all say the publisher is in Lyon: one LOCATED_IN. "Owned by" is OWNS
        // from the owner; the date (TIME) and the unmapped author property (P50) are left out.
        assertThat(d.relations()).containsExactly(
                new GoldRelation("e0", Predicate.LOCATED_IN, "e1", "P159"),
                new GoldRelation("e2", Predicate.OWNS, "e0", "P127"),
                new GoldRelation("e2", Predicate.WORKS_FOR, "e0", "P108"));
    }

    @Test
    void tuneIsEveryFifthDocumentFromTheFirstAndFitTheRest(@TempDir Path dir) throws Exception {
        String one = Files.readString(SAMPLE).trim();
        String doc = one.substring(1, one.length() - 1);
        Path file = dir.resolve("seven.json");
        Files.writeString(file, "[" + String.join(",", java.util.Collections.nCopies(7, doc)) + "]");

        List<GoldDocument> tune = DocRedReader.read(file, DocRedReader.Split.TUNE);
        List<GoldDocument> fit = DocRedReader.read(file, DocRedReader.Split.FIT);

        assertThat(tune).extracting(GoldDocument::id).containsExactly("docred-0", "docred-5");
        assertThat(fit).extracting(GoldDocument::id).containsExactly("docred-1", "docred-2", "docred-3", "docred-4", "docred-6");
    }
}
