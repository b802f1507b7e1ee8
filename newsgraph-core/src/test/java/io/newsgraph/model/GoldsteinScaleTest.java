package io.newsgraph.model;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldsteinScaleTest {
    private final GoldsteinScale scale = GoldsteinScale.get();

    @Test
    void everyRootOfTheCodebookHasAWeightWithinTheScale() {
        IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d", r)).forEach(root ->
                assertThat(scale.weight(root).orElseThrow()).as(root).isBetween(-10.0, 10.0));
        assertThat(scale.size()).isGreaterThan(300);
    }

    @Test
    void theScaleRunsFromAttackToAid() {
        assertThat(scale.weight("190")).hasValue(-10.0);   // use conventional military force
        assertThat(scale.weight("138")).hasValue(-7.0);    // threaten with military force
        assertThat(scale.weight("040")).hasValue(1.0);     // consult
        assertThat(scale.weight("0874")).hasValue(10.0);   // retreat or surrender militarily
        assertThat(scale.weight("010")).hasValue(0.0);     // make statement
    }

    @Test
    void anUnlistedCodeTakesItsNearestListedParent() {
        assertThat(scale.weight("1389")).hasValue(-7.0);   // no such subcode: 138's weight
        assertThat(scale.weight("0459")).hasValue(5.0);    // 045
        assertThat(scale.weight("99")).isEmpty();
        assertThat(scale.weight((String) null)).isEmpty();
    }

    @Test
    void theEventsWeightIsItsCodes() {
        Event coded = new Event("event/x-0-attacked", Predicate.ATTACKED, "x", 0, java.util.List.of(), null, null, "193");
        Event uncoded = new Event("event/x-1-met-with", Predicate.MET_WITH, "x", 1, java.util.List.of(), null, null);
        assertThat(scale.weight(coded)).hasValue(-10.0);
        assertThat(scale.weight(uncoded)).isEmpty();
        assertThat(GoldsteinScale.Tone.of(-0.1)).isEqualTo(GoldsteinScale.Tone.CONFLICT);
        assertThat(GoldsteinScale.Tone.of(0.0)).isEqualTo(GoldsteinScale.Tone.NEUTRAL);
        assertThat(GoldsteinScale.Tone.of(3.4).json()).isEqualTo("cooperation");
    }

    @Test
    void aBadTableFailsWithTheLineAndTheProblem() {
        assertThatThrownBy(() -> parse("# header\n13\t-6.0\n13\t-5.0\n"))
                .hasMessageContaining("line 3").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> parse("13 -6.0\n")).hasMessageContaining("line 1").hasMessageContaining("2-4 digit CAMEO code");
        assertThatThrownBy(() -> parse("13\tsix\n")).hasMessageContaining("'six' is not a number");
        assertThatThrownBy(() -> parse("13\t-16\n")).hasMessageContaining("outside -10..10");
    }

    private static GoldsteinScale parse(String text) throws Exception {
        return GoldsteinScale.parse(new BufferedReader(new StringReader(text)));
    }
}
