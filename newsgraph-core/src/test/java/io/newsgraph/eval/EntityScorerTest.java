package io.newsgraph.eval;

import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsgraph.model.EntityType.LOCATION;
import static io.newsgraph.model.EntityType.ORGANIZATION;
import static io.newsgraph.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntityScorerTest {
    // Invented: "Mira Olsen of the Tarn Growers ' Union sailed from South Varo to Kell Bay , said Reuters ."
    private static final String TEXT = "Mira Olsen of the Tarn Growers ' Union sailed from South Varo to Kell Bay , said Reuters .";

    private static GoldEntity gold(String id, String label, int begin, int end) {
        return new GoldEntity(id, label, List.of(new Span(begin, end)));
    }

    private static final GoldDocument DOC = new GoldDocument("d1", TEXT, List.of(
            gold("mira", "Peop", 0, 10),
            gold("union", "Org", 18, 38),
            gold("varo", "Loc", 51, 61),
            gold("kell", "Loc", 65, 73),
            gold("reuters", "Other", 81, 88)), List.of());

    private static PredictedEntity p(int begin, int end, EntityType type) {
        return new PredictedEntity("d1", new Span(begin, end), type);
    }

    @Test
    void spansMustMatchExactlyAndTypesToo() {
        assertThat(DOC.text().substring(18, 38)).isEqualTo("Tarn Growers ' Union");
        assertThat(DOC.text().substring(51, 61)).isEqualTo("South Varo");
        List<PredictedEntity> found = List.of(
                p(0, 10, PERSON),            // right
                p(0, 10, PERSON),            // the same again counts once
                p(18, 30, ORGANIZATION),     // "Tarn Growers": split from "Union"
                p(33, 38, ORGANIZATION),     // "Union"
                p(57, 61, LOCATION),         // "Varo" without "South": too short
                p(65, 73, ORGANIZATION),     // "Kell Bay" as an organisation: wrong type
                p(81, 88, ORGANIZATION),     // "Reuters" is annotated Other: not scored, still wrong
                p(51, 56, PERSON));          // "South" as a person: too short as well

        EntityScores s = new EntityScorer().score(List.of(DOC), found);

        assertThat(s.of(PERSON)).isEqualTo(new Counts(1, 1, 0));
        assertThat(s.of(ORGANIZATION)).isEqualTo(new Counts(0, 4, 1));
        assertThat(s.of(LOCATION)).isEqualTo(new Counts(0, 1, 2));
        assertThat(s.micro()).isEqualTo(new Counts(1, 6, 3));
        assertThat(s.micro().recall()).isCloseTo(0.25, within(1e-9));
        assertThat(s.missed(EntityDefect.SPLIT)).isEqualTo(2); // the union, and Varo (overlapped by "South" and "Varo")
        assertThat(s.missed(EntityDefect.TYPE)).isEqualTo(1);
        assertThat(s.wrong(EntityDefect.SPLIT)).isEqualTo(4);
        assertThat(s.wrong(EntityDefect.TYPE)).isEqualTo(1);
        assertThat(s.wrong(EntityDefect.UNSCORED_ENTITY)).isEqualTo(1);
    }

    @Test
    void eachErrorGetsOneDefectFromHowTheSpansOverlap() {
        List<PredictedEntity> found = List.of(
                p(0, 4, PERSON),                 // "Mira": too short
                p(14, 38, ORGANIZATION),         // "the Tarn Growers ' Union": too long
                p(51, 73, LOCATION),             // "South Varo to Kell Bay": merges two places
                p(76, 80, PERSON));              // "said": touches nothing annotated

        EntityScores s = new EntityScorer().score(List.of(DOC), found);

        assertThat(s.micro()).isEqualTo(new Counts(0, 4, 4));
        assertThat(s.missed(EntityDefect.TOO_SHORT)).isEqualTo(1);
        assertThat(s.missed(EntityDefect.TOO_LONG)).isEqualTo(1);
        assertThat(s.missed(EntityDefect.MERGED)).isEqualTo(2);
        assertThat(s.wrong(EntityDefect.MERGED)).isEqualTo(1);
        assertThat(s.wrong(EntityDefect.SPURIOUS)).isEqualTo(1);
        assertThat(EntityTable.render(s)).containsPattern("Person\\s+1\\s+2\\s+0").contains("merged", "spurious");
        assertThat(EntityTable.errors(List.of(DOC), s, 10))
                .contains("missed d1  'Mira Olsen'/Peop  too short (found 'Mira')")
                .contains("wrong  d1  'South Varo to Kell Bay'/Location  merged (gold 'South Varo', 'Kell Bay')");
    }

    @Test
    void aPeriodGluedToTheLastWordOfASentenceIsForgivenOnlyThere() {
        // Invented, tokenised the CoNLL04 way: "Fen." ends its sentence, "Ost." does not.
        String text = "Lev Dorn moved to Fen.\nOst. Bank hired Ida Wren .";
        GoldDocument doc = new GoldDocument("d2", text, List.of(
                gold("fen", "Loc", 18, 22), gold("ost", "Org", 23, 32), gold("ida", "Peop", 39, 47)), List.of());
        assertThat(new Span(18, 22).of(text)).isEqualTo("Fen.");
        assertThat(new Span(23, 32).of(text)).isEqualTo("Ost. Bank");
        List<PredictedEntity> found = List.of(
                new PredictedEntity("d2", new Span(18, 21), LOCATION),       // "Fen": the glued period forgiven
                new PredictedEntity("d2", new Span(28, 32), ORGANIZATION),   // "Bank": too short, nothing forgiven
                new PredictedEntity("d2", new Span(39, 47), PERSON));        // "Ida Wren", the period is its own token

        EntityScores s = new EntityScorer().score(List.of(doc), found);

        assertThat(s.micro()).isEqualTo(new Counts(2, 1, 1));
        assertThat(s.periodForgiven()).isEqualTo(1);
        assertThat(s.missed(EntityDefect.TOO_SHORT)).isEqualTo(1);
        assertThat(EntityTable.render(s)).contains("(1 right only without the period");
    }

    @Test
    void nothingFoundIsNotFoundAndScoresZero() {
        EntityScores s = new EntityScorer().score(List.of(DOC), List.of());

        assertThat(s.micro()).isEqualTo(new Counts(0, 0, 4));
        assertThat(s.missed(EntityDefect.NOT_FOUND)).isEqualTo(4);
        assertThat(s.micro().f1()).isZero();
    }
}
