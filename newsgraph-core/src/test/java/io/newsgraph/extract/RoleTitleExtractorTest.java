package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles and roles on sentences written for these tests. */
class RoleTitleExtractorTest {
    @Test
    void compoundTitleBeforeTheName() {
        Extracted x = Extracted.from("Northwind Energy CEO Laura Becker announced new wind farms.");
        assertThat(x.claims("Laura Becker", "LEADS", "Northwind Energy")).as(x.toString()).isTrue();
    }

    @Test
    void spokespersonWorksFor() {
        Extracted x = Extracted.from("Pentagon spokesman John Harlow declined to comment.");
        assertThat(x.claims("John Harlow", "WORKS_FOR", "Pentagon")).as(x.toString()).isTrue();
    }

    @Test
    void demonymWithOfficeLeadsTheCountry() {
        Extracted x = Extracted.from("French President Emmanuel Macron arrived in Berlin.");
        assertThat(x.claims("Emmanuel Macron", "LEADS", "France")).as(x.toString()).isTrue();
    }

    @Test
    void formerOfficeGivesOnlyNationality() {
        Extracted x = Extracted.from("Former Chilean President Michelle Bachelet spoke at the forum.");
        assertThat(x.claims("Michelle Bachelet", "LEADS", "Chile")).as(x.toString()).isFalse();
        assertThat(x.claims("Michelle Bachelet", "CITIZEN_OF", "Chile")).as(x.toString()).isTrue();
    }

    @Test
    void appositionWithCoordinatedOrganisations() {
        Extracted x = Extracted.from("Laura Becker, the chief executive of Northwind Energy and Harbor Logistics, resigned.");
        assertThat(x.claims("Laura Becker", "LEADS", "Northwind Energy")).as(x.toString()).isTrue();
        assertThat(x.claims("Laura Becker", "LEADS", "Harbor Logistics")).as(x.toString()).isTrue();
    }

    @Test
    void copulaTitle() {
        Extracted x = Extracted.from("Samuel Okafor is the head of the Lagos Port Authority.");
        assertThat(x.claims("Samuel Okafor", "LEADS", "Lagos Port Authority")).as(x.toString()).isTrue();
    }

    @Test
    void appositionJobWorksFor() {
        Extracted x = Extracted.from("Nadia Haddad, a senior analyst at Meridian Capital, wrote the report.");
        assertThat(x.claims("Nadia Haddad", "WORKS_FOR", "Meridian Capital")).as(x.toString()).isTrue();
    }

    @Test
    void worksForVerbInRelativeClause() {
        Extracted x = Extracted.from("Tomas Berg, who works for Baltic Shipping, moved to Riga.");
        assertThat(x.claims("Tomas Berg", "WORKS_FOR", "Baltic Shipping")).as(x.toString()).isTrue();
    }

    @Test
    void possessiveCountryAndOwnedProduct() {
        Extracted x = Extracted.from("Peru's Ana Quispe praised the plan. Meridian Capital's Bluewater Ferries made a loss.");
        assertThat(x.claims("Ana Quispe", "CITIZEN_OF", "Peru")).as(x.toString()).isTrue();
        assertThat(x.claims("Meridian Capital", "OWNS", "Bluewater Ferries")).as(x.toString()).isTrue();
    }

    @Test
    void titlesAreNotPartOfNames() {
        Extracted x = Extracted.from("Northwind Energy CEO Laura Becker met investors. Becker later left.");
        assertThat(x.graph().entities()).anyMatch(e -> e.name().equals("Laura Becker") && e.id().equals("person/laura-becker"));
        assertThat(x.graph().entities()).noneMatch(e -> e.name().contains("CEO"));
    }

    @Test
    void possessiveOrganisationBeforeTitle() {
        Extracted x = Extracted.from("Microsoft's chief executive Satya Nadella visited India.");
        assertThat(x.claims("Satya Nadella", "LEADS", "Microsoft")).as(x.toString()).isTrue();
    }

    @Test
    void spokeswomanForAnInstitution() {
        Extracted x = Extracted.from("Jane Doe, a spokeswoman for the State Department, declined to comment.");
        assertThat(x.claims("Jane Doe", "WORKS_FOR", "State Department")).as(x.toString()).isTrue();
    }

    @Test
    void hiringGivesWorksForTheOtherWayRound() {
        Extracted x = Extracted.from("Orion Labs hired Kenji Watanabe last year.");
        assertThat(x.claims("Kenji Watanabe", "WORKS_FOR", "Orion Labs")).as(x.toString()).isTrue();
        assertThat(x.facts("Orion Labs", "WORKS_FOR", "Kenji Watanabe")).isEmpty();
    }

    @Test
    void relativeClauseOnAnApposition() {
        Extracted x = Extracted.from("Nora Lind, a retired British officer who lives in Vienna, said nothing.");
        assertThat(x.claims("Nora Lind", "LIVES_IN", "Vienna")).as(x.toString()).isTrue();
        assertThat(x.claims("Nora Lind", "CITIZEN_OF", "United Kingdom")).as(x.toString()).isTrue();
    }

    @Test
    void rankAndFieldMakeAPostNotTheHead() {
        Extracted x = Extracted.from("Kaia Tamm, the bank's deputy chairman, met Ruth Adler, the Meridian Capital security chief.");
        assertThat(x.graph().facts()).noneMatch(f -> f.subject().equals("Ruth Adler") && f.predicate().name().equals("LEADS"));
        assertThat(x.claims("Ruth Adler", "WORKS_FOR", "Meridian Capital")).as(x.toString()).isTrue();
    }

    @Test
    void datelinePlaceIsNotAnActor() {
        Extracted x = Extracted.from("OSLO, May 3 \u2014 Laura Becker criticized Marco Ruiz on Friday.");
        assertThat(x.claims("Laura Becker", "CRITICIZED", "Marco Ruiz")).as(x.toString()).isTrue();
        assertThat(x.graph().entities()).noneMatch(e -> e.name().equals("OSLO"));
    }
}
