package io.newsgraph.extract;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Frames from the CAMEO verb dictionary and the issue #15 frames, on sentences written for these tests. */
class CameoFramesTest {
    @Test
    void aCameoPatternWithAPrepositionMakesCallOnARequest() {
        Extracted x = Extracted.from("Peru called on Chile to reopen the port.");
        assertThat(x.claims("Peru", "REQUESTED", "Chile")).as(x.toString()).isTrue();
        assertThat(x.facts("Peru", "COMMUNICATED_WITH", "Chile")).as(x.toString()).isEmpty();
    }

    @Test
    void eventsKeepTheCodeOfTheirDictionaryEntryOrTheRootOfAHandMadeFrame() {
        Extracted call = Extracted.from("Peru called on Chile to reopen the port.");
        // REQUESTED comes from roots 02 and 10, so only the dictionary entry can have given this code
        assertThat(call.graph().events()).as(call.toString()).filteredOn(ev -> ev.type() == Predicate.REQUESTED)
                .singleElement().satisfies(ev -> assertThat(CameoCodes.get().predicate(ev.cameo())).contains(Predicate.REQUESTED));
        Extracted praise = Extracted.from("Peru praised Chile for reopening the port.");
        assertThat(praise.graph().events()).as(praise.toString()).filteredOn(ev -> ev.type() == Predicate.PRAISED)
                .singleElement().satisfies(ev -> assertThat(ev.cameo()).startsWith("05"));
    }

    @Test
    void aVerbOnlyTheDictionaryKnowsTakesItsTargetFromAPreposition() {
        Extracted x = Extracted.from("Mexico demanded an apology from Spain.");
        assertThat(x.claims("Mexico", "REQUESTED", "Spain")).as(x.toString()).isTrue();
    }

    @Test
    void denialsOfChargesNameTheAccuser() {
        Extracted x = Extracted.from("Ghana denied accusations by Nigeria that it had closed the border.");
        assertThat(x.claims("Ghana", "DENIED", "Nigeria")).as(x.toString()).isTrue();
    }

    @Test
    void threatenedSanctionsAreAThreatAndHypotheticalSanctions() {
        Extracted x = Extracted.from("Finland threatened sanctions against Belarus.");
        assertThat(x.claims("Finland", "THREATENED", "Belarus")).as(x.toString()).isTrue();
        assertThat(x.has("Finland", "SANCTIONED", "Belarus", Polarity.POSITIVE, Modality.HYPOTHETICAL)).as(x.toString()).isTrue();
        assertThat(x.claims("Finland", "SANCTIONED", "Belarus")).as(x.toString()).isFalse();
    }

    @Test
    void gamesAreNoFights() {
        Extracted x = Extracted.from("Italy beat France in the final of the tournament.");
        assertThat(x.anyClaimBetween("Italy", "France")).as(x.toString()).isFalse();
    }

    @Test
    void aPromisedActIsHypotheticalEvenWhenItsObjectIsAnEventNoun() {
        Extracted x = Extracted.from("Sweden pledged to send medical supplies to Chad.");
        assertThat(x.has("Sweden", "PROVIDED", "Chad", Polarity.POSITIVE, Modality.HYPOTHETICAL)).as(x.toString()).isTrue();
        assertThat(x.claims("Sweden", "PROVIDED", "Chad")).as(x.toString()).isFalse();
    }

    @Test
    void aShowOfForceOnABorderThreatensTheNeighbour() {
        Extracted massed = Extracted.from("Russia massed troops along its border with Ukraine in March.");
        assertThat(massed.claims("Russia", "THREATENED", "Ukraine")).as(massed.toString()).isTrue();
        assertThat(massed.graph().events()).filteredOn(ev -> ev.type() == Predicate.THREATENED)
                .singleElement().satisfies(ev -> assertThat(ev.cameo()).startsWith("15"));
        Extracted mobilised = Extracted.from("India mobilised troops near its border with Pakistan.");
        assertThat(mobilised.claims("India", "THREATENED", "Pakistan")).as(mobilised.toString()).isTrue();
    }

    @Test
    void massingPeopleWhoAreNoForceIsNoThreat() {
        Extracted x = Extracted.from("The Velby club massed its supporters along the border with Norway for the final.");
        assertThat(x.graph().events()).as(x.toString()).noneMatch(ev -> ev.type() == Predicate.THREATENED);
    }

    @Test
    void anExtraditionIsRequestedFromTheCountryHoldingThePerson() {
        Extracted x = Extracted.from("Argentina requested the extradition of Marco Ferri from Uruguay.");
        assertThat(x.claims("Argentina", "REQUESTED", "Uruguay")).as(x.toString()).isTrue();
        assertThat(x.facts("Argentina", "REQUESTED", "Marco Ferri")).as(x.toString())
                .singleElement().satisfies(f -> assertThat(f.role()).isEqualTo("topic"));
    }
}
