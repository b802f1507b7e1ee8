package io.newsgraph.extract;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped armed groups (events/armed-groups.tsv) and the type rule that reads them. */
class ArmedGroupsTest {
    private final ArmedGroups groups = ArmedGroups.get();

    @Test
    void knowsGroupsByEveryNameWhateverTheirCaseAndHyphens() {
        assertThat(groups.size()).isGreaterThan(1000);
        assertThat(groups.group("Boko Haram")).contains("Boko Haram");
        assertThat(groups.group("al-Shabaab")).contains("Al-Shabaab");
        assertThat(groups.group("Al Shabab")).contains("Al-Shabaab");
        assertThat(groups.group("the Taliban")).contains("Taliban");
        assertThat(groups.group("FARC")).contains("Revolutionary Armed Forces of Colombia");
    }

    @Test
    void leadersListedAmongAGroupsNamesAndDatesAreNoGroups() {
        assertThat(groups.group("Ahmed Abdi Godane")).isEmpty(); // a leader the dictionary lists under al-Shabaab
        assertThat(groups.group("Khaled Meshaal")).isEmpty();
        assertThat(groups.group("17 November")).isEmpty();
        assertThat(groups.group("Maria Lindqvist")).isEmpty();
    }

    @Test
    void aGroupNerTakesForAPersonIsAnOrganisation() {
        Extracted x = Extracted.from("Gunmen from Boko Haram raided a market near Maiduguri on Sunday, and Ansar Dine "
                + "fighters seized two trucks outside Gao, officials said.");
        assertThat(x.graph().entities()).filteredOn(e -> e.name().equals("Boko Haram") || e.name().equals("Ansar Dine"))
                .extracting(Entity::label).containsOnly(EntityType.ORGANIZATION).hasSize(2);
    }
}
