package io.newsgraph.extract.relation;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import static io.newsgraph.model.EntityType.LOCATION;
import static io.newsgraph.model.EntityType.ORGANIZATION;
import static io.newsgraph.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class ArgumentTypesTest {
    @Test
    void eachPredicateTakesItsOwnArgumentTypes() {
        assertThat(ArgumentTypes.allowed(PERSON, ORGANIZATION)).contains(Predicate.WORKS_FOR).doesNotContain(Predicate.LOCATED_IN);
        assertThat(ArgumentTypes.allowed(PERSON, LOCATION)).contains(Predicate.LIVES_IN).doesNotContain(Predicate.KILLED);
        assertThat(ArgumentTypes.allowed(PERSON, PERSON)).containsExactly(Predicate.KILLED);
        assertThat(ArgumentTypes.allowed(ORGANIZATION, LOCATION)).containsExactly(Predicate.LOCATED_IN);
        assertThat(ArgumentTypes.allowed(LOCATION, LOCATION)).containsExactly(Predicate.LOCATED_IN);
        assertThat(ArgumentTypes.allowed(LOCATION, ORGANIZATION)).as("a city never works for a company").isEmpty();
        assertThat(ArgumentTypes.allowed(ORGANIZATION, PERSON)).isEmpty();
        assertThat(Candidate.plausible(LOCATION, PERSON)).isFalse();
        assertThat(Candidate.plausible(EntityType.PERSON, LOCATION)).isTrue();
    }

    @Test
    void onlyTheClassifiersOwnPredicatesKeepItOffAPairTheRulesRelated() {
        assertThat(ArgumentTypes.classified(Predicate.LEADS)).isTrue();
        assertThat(ArgumentTypes.classified(Predicate.KILLED)).isTrue();
        assertThat(ArgumentTypes.classified(Predicate.LOCATED_IN)).isTrue();
        assertThat(ArgumentTypes.classified(Predicate.ATTACKED)).as("a shooting may also be a killing").isFalse();
        assertThat(ArgumentTypes.classified(Predicate.OWNS)).isFalse();
    }
}
