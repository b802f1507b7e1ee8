package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.nlp.CheckedInAnnotations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names NER leaves untagged, and types decided by a name's list, on sentences written for these tests with invented names. */
class UntaggedNamesTest {
    private static boolean hasEntity(Extracted x, String name, EntityType type) {
        return x.graph().entities().stream().anyMatch(e -> e.name().equals(name) && e.label() == type);
    }

    private static String entities(Extracted x) {
        return x.graph().entities().stream().map(e -> e.name() + "/" + e.label()).toList().toString();
    }

    private static ArticleExtraction raw(String text) {
        return ExtractorChain.extractWithDefaults(CheckedInAnnotations.of(Extracted.article(text)));
    }

    @Test
    void aStatesShortNameBeforeANounIsTheState() {
        Extracted x = Extracted.from("A Soviet trawler was seen off Varholm on Tuesday, the coast guard said.");
        assertThat(hasEntity(x, "Soviet Union", EntityType.LOCATION)).as(entities(x)).isTrue();
    }

    @Test
    void anOrdinalAndAnInstitutionHeadMakeAnOrganisation() {
        String text = "Soldiers of the 9th Brigade guarded the bridge at Tarnvik through the night.";
        Extracted x = Extracted.from(text);
        assertThat(hasEntity(x, "9th Brigade", EntityType.ORGANIZATION)).as(entities(x)).isTrue();
        assertThat(CheckedInAnnotations.of(Extracted.article(text)).doc().get(CoreAnnotations.TokensAnnotation.class))
                .as("NER leaves the name untagged, so the rule found it").noneMatch(t -> "ORGANIZATION".equals(t.ner()));
    }

    @Test
    void anAcronymInBracketsNamesTheOrganisationBeforeIt() {
        Extracted x = Extracted.from("The Harbour Pilots Association (HPLA) called a strike in Port Elmsby on Friday.");
        assertThat(x.graph().entities()).as(entities(x)).anyMatch(e -> e.name().endsWith("Harbour Pilots Association")
                && e.label() == EntityType.ORGANIZATION);
        assertThat(x.graph().entities()).extracting(Entity::name).as(entities(x)).doesNotContain("HPLA");
    }

    @Test
    void aLoneNameWithAnAgeOrAPersonsAppositionIsAPerson() {
        String text = "Brannlund, 47, is a retired ferry captain. Oskarsen, a senior harbour official, declined to comment.";
        ArticleExtraction r = raw(text);
        assertThat(r.mentions()).anyMatch(m -> m.text().equals("Brannlund") && m.type() == EntityType.PERSON);
        assertThat(r.mentions()).anyMatch(m -> m.text().equals("Oskarsen") && m.type() == EntityType.PERSON);
    }

    @Test
    void aSourceLineNamesThePublicationAfterThePlace() {
        ArticleExtraction r = raw("NC0302941122 Cairo AL-MISRIYA in Arabic 3 Feb 94");
        assertThat(r.mentions()).as(r.mentions().toString()).anyMatch(m -> m.text().equals("AL-MISRIYA") && m.type() == EntityType.ORGANIZATION);
        assertThat(r.mentions()).anyMatch(m -> m.text().equals("Cairo") && m.type() == EntityType.LOCATION);
    }

    @Test
    void aLegislatorsPartyAndStateIsNotAPlace() {
        ArticleExtraction r = raw("Sen. Mark Ellison, R-Iowa, voted against the harbour bill on Thursday.");
        assertThat(r.mentions()).noneMatch(m -> m.text().contains("R-Iowa"));
    }

    @Test
    void anAppositionThroughAPossessiveTypesThePlace() {
        String text = "Work stopped at Kestrel Ridge, the region's largest copper mine, after the flood.";
        Extracted x = Extracted.from(text);
        assertThat(hasEntity(x, "Kestrel Ridge", EntityType.LOCATION)).as(entities(x)).isTrue();
    }

    @Test
    void aNameTakesTheTypeOfMostOfItsList() {
        String text = "Routes to the islands are flown by Norvia Air, Skyline Airways, Baltic Wings and Aloria, the ministry said.";
        ArticleExtraction r = raw(text);
        assertThat(r.mentions()).as(r.mentions().toString()).anyMatch(m -> m.text().equals("Aloria") && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aLoneNameJoinedToAPersonIsAPerson() {
        ArticleExtraction r = raw("The plot against the consul was led by Brutus and Cassius.");
        assertThat(r.mentions()).as(r.mentions().toString()).anyMatch(m -> m.text().equals("Cassius") && m.type() == EntityType.PERSON);
    }

    @Test
    void anAppositionThatCallsANameAPersonTypesItAPerson() {
        String text = "The permits were approved last week, said Georgia Halvik, a city council member and housing activist.";
        ArticleExtraction r = raw(text);
        assertThat(r.mentions()).as(r.mentions().toString()).anyMatch(m -> m.text().equals("Georgia Halvik") && m.type() == EntityType.PERSON);
        assertThat(r.typeRules()).containsEntry("Georgia Halvik", "apposition");
    }

    @Test
    void aListOfPeopleLeavesAOneWordCompanyAlone() {
        ArticleExtraction r = raw("The launch contracts went to Halvard Berg, Ines Moreau and Northwind.");
        assertThat(r.mentions()).as(r.mentions().toString()).anyMatch(m -> m.text().equals("Northwind") && m.type() != EntityType.PERSON);
    }
}
