package io.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pronouns, short names and descriptions on texts written for these tests. */
class CoreferenceTest {
    @Test
    void pronounSubjectResolvesToThePersonNamedBefore() {
        Extracted x = Extracted.from("Laura Becker runs Northwind Energy.\n\nLast week she criticized Harbor Logistics.");
        assertThat(x.claims("Laura Becker", "CRITICIZED", "Harbor Logistics")).as(x.toString()).isTrue();
    }

    @Test
    void possessivePronounFollowsTheControllerOfItsClause() {
        Extracted x = Extracted.from("Olaf Brandt asked Julia Moreno to sell her Skyline shares.");
        assertThat(x.claims("Olaf Brandt", "OWNS", "Skyline")).as(x.toString()).isFalse();
    }

    @Test
    void shortNamesMergeIntoOneEntityWithAliases() {
        Extracted x = Extracted.from("Northwind Energy CEO Laura Becker met Olaf Brandt. Becker later praised Brandt.");
        assertThat(x.claims("Laura Becker", "PRAISED", "Olaf Brandt")).as(x.toString()).isTrue();
        var becker = x.graph().entities().stream().filter(e -> e.id().equals("person/laura-becker")).findFirst().orElseThrow();
        assertThat(becker.aliases()).contains("Laura Becker", "Becker");
        assertThat(x.graph().entities()).noneMatch(e -> e.name().equals("Becker"));
    }

    @Test
    void pronounsAreNeverEntities() {
        Extracted x = Extracted.from("He said they would meet her in Oslo.");
        assertThat(x.graph().entities()).noneMatch(e -> e.name().matches("(?i)he|they|her"));
    }

    @Test
    void objectPronounIsNotTheSubjectOfItsClause() {
        Extracted x = Extracted.from("Pedro Alves won the vote. Anna Kowalski praised him on Friday.");
        assertThat(x.claims("Anna Kowalski", "PRAISED", "Anna Kowalski")).isFalse();
        assertThat(x.claims("Anna Kowalski", "PRAISED", "Pedro Alves")).as(x.toString()).isTrue();
    }

    @Test
    void acronymAndInstitutionNames() {
        Extracted x = Extracted.from("The Baltic Shipping Authority fined Meridian Capital. The BSA said the Kremlin objected.");
        assertThat(x.graph().entities()).anyMatch(e -> e.name().equals("Baltic Shipping Authority") && e.aliases().contains("BSA"));
        assertThat(x.graph().entities()).anyMatch(e -> e.id().equals("organization/kremlin"));
    }

    @Test
    void aDescriptionWithANationalityOnlyNamesSomeoneOfThatNationality() {
        Extracted x = Extracted.from("Elon Musk, who leads the rocket company SpaceX and the carmaker Tesla, has spoken "
                + "with Russian President Vladimir Putin several times since late 2022, according to officials.\n\n"
                + "The officials said the two men discussed business, technology and the war in Ukraine. During one call, "
                + "Putin asked Musk not to switch on Starlink, the satellite internet network run by SpaceX, over Taiwan. "
                + "Two of the officials said the Russian leader criticized the Pentagon.");
        assertThat(x.claims("Elon Musk", "CRITICIZED", "Pentagon")).as(x.toString()).isFalse();
    }
}
