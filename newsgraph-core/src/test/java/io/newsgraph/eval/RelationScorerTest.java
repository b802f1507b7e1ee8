package io.newsgraph.eval;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsgraph.model.EntityType.LOCATION;
import static io.newsgraph.model.EntityType.ORGANIZATION;
import static io.newsgraph.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RelationScorerTest {
    // "Ada Moss , head of Pell Mining , lives in Dunmore and killed Rex Hay ." (invented)
    private static final GoldDocument DOC = new GoldDocument("d1",
            "Ada Moss , head of Pell Mining , lives in Dunmore and killed Rex Hay .",
            List.of(entity("ada", 0, 8), entity("pell", 19, 30), entity("dunmore", 42, 49), entity("rex", 61, 68)),
            List.of(new GoldRelation("ada", Predicate.WORKS_FOR, "pell", "Work_For"),
                    new GoldRelation("ada", Predicate.LIVES_IN, "dunmore", "Live_In"),
                    new GoldRelation("ada", Predicate.KILLED, "rex", "Kill")));

    private static GoldEntity entity(String id, int begin, int end) {
        return new GoldEntity(id, "x", List.of(new Span(begin, end)));
    }

    private static PredictedRelation p(int hb, int he, EntityType ht, Predicate pred, int tb, int te, EntityType tt) {
        return new PredictedRelation("d1", new Span(hb, he), ht, pred, new Span(tb, te), tt, "test", 0.9);
    }

    @Test
    void strictBoundariesAndConll04Conventions() {
        List<PredictedRelation> predicted = List.of(
                p(0, 8, PERSON, Predicate.LEADS, 19, 30, ORGANIZATION),   // a head works for: right
                p(0, 8, PERSON, Predicate.LEADS, 19, 30, ORGANIZATION),   // the same again counts once
                p(0, 8, PERSON, Predicate.KILLED, 61, 64, PERSON),        // "Rex" alone: wrong boundary
                p(4, 8, PERSON, Predicate.LIVES_IN, 42, 49, LOCATION),    // "Moss" alone: wrong boundary
                p(0, 8, PERSON, Predicate.CRITICIZED, 61, 68, PERSON));   // not annotated in CoNLL04: ignored

        Scores s = new RelationScorer(GoldFormat.CONLL04).score(List.of(DOC), predicted);

        assertThat(s.of(Predicate.WORKS_FOR)).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.of(Predicate.KILLED)).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.of(Predicate.LIVES_IN)).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.of(Predicate.LOCATED_IN)).isEqualTo(Counts.ZERO);
        Counts micro = s.micro();
        assertThat(micro).isEqualTo(new Counts(1, 2, 2));
        assertThat(micro.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(micro.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(micro.f1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.wrong()).extracting(Scores.Triple::tail).contains("span:61-64");
    }

    @Test
    void servingAPlaceIsLiveInForConll04ButNotForDocRed() {
        PredictedRelation leadsPlace = p(0, 8, PERSON, Predicate.LEADS, 42, 49, LOCATION);

        assertThat(new RelationScorer(GoldFormat.CONLL04).score(List.of(DOC), List.of(leadsPlace)).of(Predicate.LIVES_IN))
                .isEqualTo(new Counts(1, 0, 0));
        assertThat(new RelationScorer(GoldFormat.DOCRED).score(List.of(DOC), List.of(leadsPlace)).of(Predicate.LEADS))
                .isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void anyMentionOfADocRedEntityStandsForIt() {
        GoldDocument doc = new GoldDocument("d1", "Ann Lee runs Kite . Lee founded Kite .",
                List.of(new GoldEntity("lee", "PER", List.of(new Span(0, 7), new Span(20, 23))),
                        new GoldEntity("kite", "ORG", List.of(new Span(13, 17), new Span(32, 36)))),
                List.of(new GoldRelation("lee", Predicate.FOUNDED, "kite", "P112")));
        PredictedRelation second = new PredictedRelation("d1", new Span(20, 23), PERSON, Predicate.FOUNDED, new Span(32, 36),
                ORGANIZATION, "test", 0.8);

        Scores s = new RelationScorer(GoldFormat.DOCRED).score(List.of(doc), List.of(second));

        assertThat(s.micro()).isEqualTo(new Counts(1, 0, 0));
        assertThat(ScoreTable.render(s)).contains("FOUNDED").containsPattern("micro\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    }
}
