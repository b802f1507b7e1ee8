package io.newsgraph.extract;

import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who an event's arguments stand for when the text does not name them, on sentences written for these tests. */
class EventArgumentsTest {
    @Test
    void aCountrysEnvoyStandsForTheCountry() {
        Extracted x = Extracted.from("Ecuador's envoy criticized Peru on Monday.");
        assertThat(x.claims("Ecuador", "CRITICIZED", "Peru")).as(x.toString()).isTrue();
    }

    @Test
    void officialsAndMinistersOfTwoCountriesStandForTheirCountries() {
        Extracted x = Extracted.from("Kenyan officials met Ugandan ministers in Kampala on Tuesday.");
        assertThat(x.anyClaimBetween("Kenya", "Uganda")).as(x.toString()).isTrue();
    }

    @Test
    void aTownsMayorIsNoState() {
        Extracted x = Extracted.from("The mayor of Kisumu criticized Safaricom on Monday.");
        assertThat(x.graph().facts()).as(x.toString()).noneMatch(f -> f.subject().equals("Kisumu") && f.predicate().name().equals("CRITICIZED"));
    }

    @Test
    void theAssetsOfAPersonStandForThePerson() {
        Extracted x = Extracted.from("Norway froze the assets of Ivan Petrov last week.");
        assertThat(x.claims("Norway", "SANCTIONED", "Ivan Petrov")).as(x.toString()).isTrue();
    }

    @Test
    void theIndirectObjectOfAGiftIsItsRecipient() {
        Extracted x = Extracted.from("Japan granted Laos a loan for the new bridge.");
        assertThat(x.claims("Japan", "PROVIDED", "Laos")).as(x.toString()).isTrue();
    }

    @Test
    void talksThatCouldResumeAreHypothetical() {
        Extracted x = Extracted.from("Talks between Peru and Chile could resume next month.");
        assertThat(x.anyClaimBetween("Peru", "Chile")).as(x.toString()).isFalse();
        assertThat(x.graph().facts()).as(x.toString()).anyMatch(f -> f.modality() == Modality.HYPOTHETICAL
                && f.polarity() == Polarity.POSITIVE && (f.subject().equals("Peru") || f.subject().equals("Chile")));
    }
}
