package io.newsgraph.extract;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.nlp.CheckedInAnnotations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity names and types through the real pipeline, on sentences written for these tests with invented names. */
class EntityNamesTest {
    private static boolean hasEntity(Extracted x, String name, EntityType type) {
        return x.graph().entities().stream().anyMatch(e -> e.name().equals(name) && e.label() == type);
    }

    private static String entities(Extracted x) {
        return x.graph().entities().stream().map(e -> e.name() + "/" + e.label()).toList().toString();
    }

    @Test
    void placeNamesWithCommonWordsAreOnePlaceEach() {
        Extracted x = Extracted.from("Pirates operate off the Horn of Africa and in the Gulf of Aden, and tankers avoid the Persian Gulf. "
                + "The freighter sailed from South America through the Kerch Strait.");
        for (String place : new String[]{"Horn of Africa", "Gulf of Aden", "Persian Gulf", "South America", "Kerch Strait"}) {
            assertThat(hasEntity(x, place, EntityType.LOCATION)).as(place + " in " + entities(x)).isTrue();
        }
        assertThat(x.graph().entities()).extracting(Entity::name).doesNotContain("Africa", "Gulf", "America", "Persian");
    }

    @Test
    void aPossessiveOrganisationIsOneOrganisationNotAnOwner() {
        Extracted x = Extracted.from("Grain prices rose sharply, the Tarnby Farmers' Union said on Monday.");
        assertThat(x.graph().entities()).as(entities(x)).anyMatch(e -> e.name().endsWith("Farmers' Union")
                && e.label() == EntityType.ORGANIZATION);
        assertThat(x.graph().facts()).noneMatch(f -> f.predicate().name().equals("OWNS"));
    }

    @Test
    void typesComeFromLegalFormsAppositionsAndHeads() {
        String text = "Halvard Shipping ASA, a Norwegian shipping company, bought two tankers from Qorvath. "
                + "The storm flooded Harlan Pike, a fishing village on the coast. The patient was taken to Ellory Memorial Hospital.";
        Extracted x = Extracted.from(text);
        assertThat(hasEntity(x, "Halvard Shipping ASA", EntityType.ORGANIZATION)).as(entities(x)).isTrue();
        assertThat(hasEntity(x, "Harlan Pike", EntityType.LOCATION)).as(entities(x)).isTrue();
        assertThat(hasEntity(x, "Ellory Memorial Hospital", EntityType.ORGANIZATION)).as(entities(x)).isTrue();

        ArticleExtraction raw = ExtractorChain.extractWithDefaults(CheckedInAnnotations.of(Extracted.article(text)));
        assertThat(raw.typeRules()).containsEntry("Halvard Shipping ASA", "legal-form").containsEntry("Harlan Pike", "apposition")
                .containsEntry("Ellory Memorial Hospital", "organisation-head");
    }
}
