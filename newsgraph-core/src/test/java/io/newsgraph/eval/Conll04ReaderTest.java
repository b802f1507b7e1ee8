package io.newsgraph.eval;

import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Conll04ReaderTest {
    private static final Path SAMPLE = Path.of("newsgraph-core/src/test/resources/eval/conll04-sample.json");

    @Test
    void eachSentenceIsADocumentWithTokensJoinedBySpaces() throws Exception {
        List<GoldDocument> docs = Conll04Reader.read(SAMPLE);

        assertThat(docs).extracting(GoldDocument::id).containsExactly("conll04-0", "conll04-1");
        GoldDocument first = docs.get(0);
        assertThat(first.text()).isEqualTo("Maria Lopez , a chemist at Northwind Labs , lives in Portsmouth .");
        assertThat(first.entities()).extracting(e -> e.mentions().get(0).of(first.text()))
                .containsExactly("Maria Lopez", "Northwind Labs", "Portsmouth");
        assertThat(first.entities()).extracting(GoldEntity::type).containsExactly("Peop", "Org", "Loc");
    }

    @Test
    void labelsBecomeOurPredicatesInTheirDirection() throws Exception {
        GoldDocument first = Conll04Reader.read(SAMPLE).get(0);

        assertThat(first.relations()).containsExactly(
                new GoldRelation("e0", Predicate.WORKS_FOR, "e1", "Work_For"),
                new GoldRelation("e0", Predicate.LIVES_IN, "e2", "Live_In"));
    }

    @Test
    void bracketEscapesAreWrittenAsBracketsAndSpansStayOnTheWords() throws Exception {
        GoldDocument second = Conll04Reader.read(SAMPLE).get(1);

        assertThat(second.text()).isEqualTo("Harbor Savings ( Tromso ) closed its doors .");
        assertThat(second.entities().get(1).mentions().get(0).of(second.text())).isEqualTo("Tromso");
        assertThat(second.relations()).containsExactly(new GoldRelation("e0", Predicate.LOCATED_IN, "e1", "OrgBased_In"));
        assertThat(second.entityAt(new Span(0, 14))).map(GoldEntity::id).contains("e0");
        assertThat(second.entityAt(new Span(0, 6))).isEmpty();
    }
}
