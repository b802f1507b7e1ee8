package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LOCATED_IN and LIVES_IN on sentences written for these tests. */
class PlaceExtractorTest {
    @Test
    void locatedInFromCityCommaCountryAndBasedIn() {
        Extracted x = Extracted.from("The talks took place in Porto, Portugal. Meridian Capital is based in Zurich.");
        assertThat(x.claims("Porto", "LOCATED_IN", "Portugal")).as(x.toString()).isTrue();
        assertThat(x.claims("Meridian Capital", "LOCATED_IN", "Zurich")).as(x.toString()).isTrue();
    }

    @Test
    void ageAndHometownGiveLivesIn() {
        Extracted x = Extracted.from("John Roe, 45, of Springfield, was arrested on Friday.");
        assertThat(x.claims("John Roe", "LIVES_IN", "Springfield")).as(x.toString()).isTrue();
    }

    @Test
    void institutionInACity() {
        Extracted x = Extracted.from("The Getty Museum in Los Angeles reopened.");
        assertThat(x.claims("Getty Museum", "LOCATED_IN", "Los Angeles")).as(x.toString()).isTrue();
    }

    @Test
    void livesInIsOnlyForPlaces() {
        Extracted x = Extracted.from("Pablo Ortiz moved to Madrid in 2015. He later moved to Northwind Energy.");
        assertThat(x.claims("Pablo Ortiz", "LIVES_IN", "Madrid")).as(x.toString()).isTrue();
        assertThat(x.facts("Pablo Ortiz", "LIVES_IN", "Northwind Energy")).isEmpty();
    }
}
