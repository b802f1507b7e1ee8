package io.newsgraph.extract;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Unnamed groups as event participants, on sentences written for these tests. */
class GroupActorsTest {
    private static Optional<Entity> entity(Extracted x, String name) {
        return x.graph().entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void aNationalityAndAGroupNounMakeOneActorOfThatCountry() {
        Extracted x = Extracted.from("Chadian rebels ambushed Sudanese troops near the border on Monday.");
        assertThat(entity(x, "Chadian rebels")).as(x.graph().entities().toString())
                .hasValueSatisfying(e -> {
                    assertThat(e.label()).isEqualTo(EntityType.ORGANIZATION);
                    assertThat(e.typeRule()).as("the sector that made it a group").isEqualTo("group-actor/REB");
                });
        assertThat(x.claims("Chadian rebels", "ATTACKED", "Sudan")).as(x.toString()).isTrue();
        assertThat(x.claims("Chadian rebels", "LOCATED_IN", "Chad")).as(x.toString()).isTrue();
    }

    @Test
    void wordsOfOneSectorAreOneActorWithTheirWordsAsAliases() {
        Extracted x = Extracted.from("Chadian rebels attacked Sudanese troops on Monday. Chadian insurgents attacked Libyan troops on Friday.");
        assertThat(entity(x, "Chadian rebels")).as(x.graph().entities().toString())
                .hasValueSatisfying(e -> assertThat(e.aliases()).as(x.toString()).contains("Chadian rebels", "Chadian insurgents"));
        assertThat(x.claims("Chadian rebels", "ATTACKED", "Libya")).as(x.toString()).isTrue();
        assertThat(x.graph().entities()).extracting(Entity::name).doesNotContain("Chadian insurgents");
    }

    @Test
    void aGroupWithoutACountryIsKeptWhenTheSentenceNamesAPlace() {
        Extracted x = Extracted.from("Gunmen killed six farmers in Katsina on Sunday.");
        assertThat(x.claims("militants in Katsina", "KILLED", "farmers in Katsina")).as(x.toString()).isTrue();
        assertThat(x.claims("militants in Katsina", "LOCATED_IN", "Katsina")).as(x.toString()).isTrue();
    }

    @Test
    void withoutACountryOrAPlaceAGroupIsNoActor() {
        Extracted x = Extracted.from("Rebels fired on the convoy of Governor Ada Mensah at dawn.");
        assertThat(x.graph().entities()).extracting(Entity::label).doesNotContain(EntityType.ORGANIZATION);
        assertThat(x.graph().facts()).noneMatch(f -> f.subject().contains("rebels"));
    }

    @Test
    void aSingleMemberIsNoGroup() {
        Extracted x = Extracted.from("A Chadian rebel attacked Sudanese troops near Adre.");
        assertThat(x.graph().entities()).extracting(Entity::name).noneMatch(n -> n.contains("rebels"));
    }

    @Test
    void membersOfAStatesForcesStayTheState() {
        Extracted x = Extracted.from("Chadian soldiers attacked Sudanese troops near Adre.");
        assertThat(x.claims("Chad", "ATTACKED", "Sudan")).as(x.toString()).isTrue();
    }
}
