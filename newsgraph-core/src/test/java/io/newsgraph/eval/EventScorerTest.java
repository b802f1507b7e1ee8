package io.newsgraph.eval;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event set reader and the strict event scorer on rows written for this test. */
class EventScorerTest {
    private static final String HEADER = "# id, text, predicate, source, target, polarity, modality, cameo\n";

    private static List<EventSentence> read(Path dir, String rows) throws IOException {
        Path f = dir.resolve("set.tsv");
        Files.writeString(f, HEADER + rows);
        return EventSetReader.read(f);
    }

    private static FoundEvent found(String s, Predicate p, String src, String tgt, Polarity pol, Modality mod) {
        return new FoundEvent(s, p, src, tgt, pol, mod);
    }

    @Test
    void strictMatchOnPredicateNamesAndMarks(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<EventSentence> set = read(dir, String.join("\n",
                "a\tVelmar threatened to strike Osk.\tTHREATENED\tVelmar\tOsk\tpositive\tasserted\t138",
                "a\tVelmar threatened to strike Osk.\tATTACKED\tVelmar\tOsk\tpositive\thypothetical\t190",
                "b\tThe Dunmore Council and Pell Mining met.\tMET_WITH\tDunmore Council\tPell Mining\tpositive\tasserted\t040",
                "c\tPell Mining shares hit a high.\t-\t-\t-\t-\t-\t190",
                "d\tThe Khmer Rouge killed Cambodians.\tKILLED\tKhmer Rouge\tCambodia|Cambodians\tpositive\tasserted\t202", ""));
        List<FoundEvent> got = List.of(
                found("a", Predicate.THREATENED, "Velmar", "Osk", Polarity.POSITIVE, Modality.ASSERTED),
                found("a", Predicate.THREATENED, "the Velmar", "Osk", Polarity.POSITIVE, Modality.ASSERTED), // same once normalised
                found("a", Predicate.ATTACKED, "Velmar", "Osk", Polarity.POSITIVE, Modality.ASSERTED),        // wrong mark
                found("b", Predicate.MET_WITH, "Pell Mining", "The Dunmore Council", Polarity.POSITIVE, Modality.ASSERTED),
                found("c", Predicate.ATTACKED, "Pell Mining", "high", Polarity.POSITIVE, Modality.ASSERTED),
                found("d", Predicate.KILLED, "Khmer Rouge", "Cambodians", Polarity.POSITIVE, Modality.ASSERTED));

        EventScorer.Result r = new EventScorer().score(set, got);

        assertThat(r.perPredicate().get("THREATENED")).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.perPredicate().get("ATTACKED")).isEqualTo(new Counts(0, 2, 1));
        assertThat(r.perPredicate().get("MET_WITH")).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.perPredicate().get("KILLED")).isEqualTo(new Counts(1, 0, 0));
        assertThat(r.perRoot().get("13")).isEqualTo(new Counts(1, 1, 0)); // the wrong mark counts under its sentence's root
        assertThat(r.perRoot().get("19")).isEqualTo(new Counts(0, 1, 1));
        assertThat(r.micro()).isEqualTo(new Counts(3, 2, 1));
        assertThat(r.wrong()).extracting(FoundEvent::sentence).containsExactly("a", "c");
        assertThat(r.missed()).extracting(m -> m.event().predicate()).containsExactly(Predicate.ATTACKED);
        assertThat(ScoreTable.render("cameo root", CameoRootNames.label(r.perRoot()))).contains("13 threaten", "micro");
    }

    @Test
    void badRowsNameTheFileLineAndProblem(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "a\tVelmar fought.\tATTACKED\tVelmar\n"))
                .hasMessage("set.tsv:2: expected 8 tab-separated columns, found 4");
        assertThatThrownBy(() -> read(dir, "a\tX.\tFOUGHT\tA\tB\tpositive\tasserted\t190\n"))
                .hasMessageContaining("set.tsv:2: unknown predicate 'FOUGHT'");
        assertThatThrownBy(() -> read(dir, "a\tX.\tATTACKED\tA\tB\tpositive\tasserted\t19x\n"))
                .hasMessage("set.tsv:2: CAMEO code '19x' is not 2 to 4 digits");
        assertThatThrownBy(() -> read(dir, "a\tX.\t-\t-\t-\t-\t-\t19\na\tY.\t-\t-\t-\t-\t-\t19\n"))
                .hasMessage("set.tsv:3: sentence a has another text on an earlier row");
    }
}
