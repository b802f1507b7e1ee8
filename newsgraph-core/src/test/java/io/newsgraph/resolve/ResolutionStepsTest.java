package io.newsgraph.resolve;

import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver's steps as a distributed resolver calls them: short keys find every full name a short name fits. */
class ResolutionStepsTest {
    @Test
    void everyShortNameThatFitsIsAmongTheFullNamesShortKeys() {
        List<String> people = List.of("elon musk", "elon reeve musk", "maren holt", "anna van der berg");
        List<String> orgs = List.of("tarn valley authority", "bank of england", "halvorsen maritime", "wall street journal",
                "acme holdings");
        List<String> shorts = List.of("musk", "elon", "holt", "berg", "tva", "be", "boe", "journal", "halvorsen", "acme", "wsj",
                "maritime", "valley");
        int fits = 0;
        for (String s : shorts) {
            for (String p : people) {
                fits += check(s, p, EntityType.PERSON);
            }
            for (String o : orgs) {
                fits += check(s, o, EntityType.ORGANIZATION);
            }
        }
        assertThat(fits).as("pairs that fit").isGreaterThanOrEqualTo(8);
    }

    private static int check(String shortKey, String full, EntityType type) {
        if (ResolutionSteps.shortNameFits(shortKey, full, type)) {
            assertThat(ResolutionSteps.shortKeys(full, type)).as(shortKey + " -> " + full).contains(shortKey);
            return 1;
        }
        return 0;
    }

    @Test
    void examples() {
        assertThat(ResolutionSteps.shortNameFits("musk", "elon musk", EntityType.PERSON)).isTrue();
        assertThat(ResolutionSteps.shortNameFits("be", "bank of england", EntityType.ORGANIZATION)).isTrue();
        assertThat(ResolutionSteps.shortNameFits("musk", "musk", EntityType.PERSON)).as("not a full name").isFalse();
        assertThat(ResolutionSteps.shortKeys("maren holt", EntityType.LOCATION)).isEmpty();
        assertThat(ResolutionSteps.key("The Wall Street Journal's")).isEqualTo("wall street journal");
    }
}
