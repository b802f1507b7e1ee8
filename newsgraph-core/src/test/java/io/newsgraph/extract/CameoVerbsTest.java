package io.newsgraph.extract;

import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped CAMEO verb dictionary and code table load fast and read as documented (docs/events.md). */
class CameoVerbsTest {
    @Test
    void theDictionaryLoadsInUnderThreeSeconds() {
        long t0 = System.nanoTime();
        CameoVerbs verbs = new CameoVerbs("/io/newsgraph/extract/events/cameo-verbs.tsv");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isLessThan(3.0);
        assertThat(verbs.blockCount()).isEqualTo(397);
    }

    @Test
    void sensesCarryBlockCodesPhrasesAndPatterns() {
        CameoVerbs verbs = CameoVerbs.get();
        assertThat(verbs.senses("threaten")).anyMatch(s -> s.defaultCode().equals("130"));
        assertThat(verbs.senses("ask")).anyMatch(s -> s.after().equals(java.util.List.of("for")) && s.defaultCode().equals("020"));
        CameoVerbs.Sense appeal = verbs.senses("appeal").get(0);
        assertThat(appeal.block().patterns()).anyMatch(p -> p.preps().equals(java.util.List.of(new CameoPattern.Prep("for", "aid")))
                && p.code().equals("023"));
        assertThat(verbs.senses("host").get(0).defaultCode()).isEqualTo("043"); // "043:042": the active-voice code
        assertThat(verbs.matches("&currency", "dollar")).isTrue();
        assertThat(verbs.senses("unheard-of-verb")).isEmpty();
    }

    @Test
    void patternsReduceBracedPhrasesToTheirHeads() {
        CameoPattern p = CameoPattern.parse("&refugee * {humanitarian aid} (for {financial help}) (on)", "0233");
        assertThat(p.subjects()).containsExactly("&refugee");
        assertThat(p.object()).isEqualTo("aid");
        assertThat(p.preps()).containsExactly(new CameoPattern.Prep("for", "help"), new CameoPattern.Prep("on", null));
        assertThat(p.objectModifiers()).containsExactly("humanitarian");
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.supported()).isTrue();
        assertThat(CameoPattern.parse("* strike in protest", "141").supported()).isFalse();
    }

    @Test
    void theMostSpecificListedCodeGivesThePredicate() {
        CameoCodes codes = CameoCodes.get();
        assertThat(codes.predicate("186")).contains(Predicate.KILLED);
        assertThat(codes.predicate("183")).contains(Predicate.ATTACKED);
        assertThat(codes.predicate("0253")).contains(Predicate.REQUESTED);
        assertThat(codes.predicate("016")).contains(Predicate.DENIED);
        assertThat(codes.predicate("010")).isEqualTo(Optional.empty());
        assertThat(codes.predicate("1631")).contains(Predicate.SANCTIONED);
        assertThat(codes.predicate("173")).isEmpty();
        assertThat(codes.predicate("---")).isEmpty();
        assertThat(codes.label("13")).isEqualTo("13 threaten");
    }

    @Test
    void aPredicateHasARootOnlyWhenOneRootGivesIt() {
        CameoCodes codes = CameoCodes.get();
        assertThat(codes.root(Predicate.REFUSED)).isEqualTo("12");
        assertThat(codes.root(Predicate.PRAISED)).isEqualTo("05"); // by 051 only
        assertThat(codes.root(Predicate.DENIED)).isEqualTo("01"); // by 016, although 01 itself gives no event
        assertThat(codes.root(Predicate.THREATENED)).isNull(); // 13 threaten and 15 force posture
        assertThat(codes.root(Predicate.ATTACKED)).isNull(); // 18, 19, 20 and 1712
        assertThat(codes.root(Predicate.OWNS)).isNull(); // no CAMEO code
    }
}
