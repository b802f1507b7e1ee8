package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity merging on hand-made mentions, without CoreNLP. */
class EntityResolverTest {
    private static Mention m(int s, String text, EntityType t) {
        return new Mention(s, 0, 1, text, text, t, false);
    }

    private static ArticleExtraction doc(String id, Mention... ms) {
        Article a = new Article(id, null, null, null, null, null, null, "x");
        return new ArticleExtraction(a, List.of(ms), List.of(), List.of(new ArticleExtraction.Sentence(0, 1, "x")), 1);
    }

    @Test
    void shortNamesAcronymsAndTypesAcrossArticles() {
        ArticleExtraction a = doc("a", m(0, "Laura Becker", EntityType.PERSON), m(0, "Becker", EntityType.PERSON),
                m(0, "Baltic Shipping Authority", EntityType.ORGANIZATION), m(0, "Laura Becker", EntityType.ORGANIZATION),
                m(0, "Laura Becker", EntityType.PERSON));
        ArticleExtraction b = doc("b", m(0, "Becker", EntityType.PERSON), m(0, "BSA", EntityType.ORGANIZATION),
                m(0, "the Kremlin", EntityType.LOCATION));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a, b));
        Entity becker = r.entities().stream().filter(e -> e.id().equals("person/laura-becker")).findFirst().orElseThrow();
        assertThat(becker.aliases()).containsExactly("Becker", "Laura Becker");
        assertThat(becker.articles()).containsExactly("a", "b");
        assertThat(becker.mentions()).isEqualTo(5);
        assertThat(r.entities()).as(r.entities().toString()).anyMatch(e -> e.name().equals("Baltic Shipping Authority") && e.aliases().contains("BSA"));
        assertThat(r.entities()).anyMatch(e -> e.id().equals("organization/kremlin") && e.label() == EntityType.ORGANIZATION);
        assertThat(r.entities()).extracting(Entity::id).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void ambiguousSurnameStaysApart() {
        ArticleExtraction a = doc("a", m(0, "Anna Berg", EntityType.PERSON), m(0, "Tomas Berg", EntityType.PERSON),
                m(0, "Berg", EntityType.PERSON));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a));
        assertThat(r.entities()).extracting(Entity::name).contains("Anna Berg", "Tomas Berg", "Berg");
    }

    private static Mention named(int s, String text, String name, EntityType t) {
        return new Mention(s, 0, 1, text, name, t, false);
    }

    private static ArticleExtraction doc(String id, List<String> sentences, Mention... ms) {
        Article a = new Article(id, null, null, null, null, null, null, String.join(" ", sentences));
        List<ArticleExtraction.Sentence> ss = new java.util.ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            ss.add(new ArticleExtraction.Sentence(at, at + s.length(), s));
            at += s.length() + 1;
        }
        return new ArticleExtraction(a, List.of(ms), List.of(), ss, 10);
    }

    private static Entity entity(EntityResolver.Resolution r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.entities()));
    }

    @Test
    void aSurnameWithItsParticleInAnyCaseIsTheFullName() {
        ArticleExtraction a = doc("a", m(0, "Anna van der Berg", EntityType.PERSON), m(1, "Van der Berg", EntityType.PERSON));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a));
        assertThat(r.entities()).hasSize(1);
        assertThat(entity(r, "Anna van der Berg").aliases()).contains("Van der Berg");
        assertThat(r.mergeReasons()).containsEntry("person/anna-van-der-berg", java.util.Set.of("surname with particle"));
    }

    @Test
    void aSurnameWithAParticleSharedByTwoPeopleJoinsNeither() {
        ArticleExtraction a = doc("a", m(0, "Anna van der Berg", EntityType.PERSON), m(0, "Piet van der Berg", EntityType.PERSON),
                m(1, "Van der Berg", EntityType.PERSON));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a));
        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Anna van der Berg", "Piet van der Berg", "Van der Berg");
    }

    @Test
    void aQuotedNicknameIsAnAliasOfTheFullName() {
        ArticleExtraction a = doc("a", named(0, "Thomas \"Tommy\" Reilly", "Thomas Reilly", EntityType.PERSON),
                m(1, "Tommy", EntityType.PERSON), m(2, "Reilly", EntityType.PERSON), m(3, "Tommy Reilly", EntityType.PERSON));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a));
        assertThat(r.entities()).as(r.entities().toString()).hasSize(1);
        assertThat(entity(r, "Thomas Reilly").aliases()).contains("Tommy", "Reilly", "Tommy Reilly", "Thomas \"Tommy\" Reilly");
        assertThat(r.mergeReasons().get("person/thomas-reilly")).contains("nickname", "short name");
    }

    @Test
    void anInitialJoinsTheOnlyFullNameItFits() {
        ArticleExtraction one = doc("a", m(0, "Maren Holt", EntityType.PERSON), m(1, "M. Holt", EntityType.PERSON));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(one));
        assertThat(r.entities()).extracting(Entity::name).containsExactly("Maren Holt");
        assertThat(r.mergeReasons()).containsEntry("person/maren-holt", java.util.Set.of("initial"));

        ArticleExtraction two = doc("b", m(0, "Maren Holt", EntityType.PERSON), m(0, "Magnus Holt", EntityType.PERSON),
                m(1, "M. Holt", EntityType.PERSON));
        assertThat(new EntityResolver().resolve(List.of(two)).entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("Maren Holt", "Magnus Holt", "M. Holt");
    }

    @Test
    void anAcronymInBracketsAfterTheNameIsThatOrganisation() {
        ArticleExtraction a = doc("a", List.of("The Kestrel Water Board (KWAB) raised its fees.", "KWAB said costs had doubled."),
                m(0, "Kestrel Water Board", EntityType.ORGANIZATION), m(0, "KWAB", EntityType.ORGANIZATION),
                m(1, "KWAB", EntityType.ORGANIZATION));
        EntityResolver.Resolution r = new EntityResolver().resolve(List.of(a));
        assertThat(r.entities()).extracting(Entity::name).containsExactly("Kestrel Water Board");
        assertThat(r.mergeReasons()).containsEntry("organization/kestrel-water-board", java.util.Set.of("acronym in brackets"));
    }

    @Test
    void theRuleThatDecidedATypeIsKept() {
        Article art = new Article("a", null, null, null, null, null, null, "x");
        ArticleExtraction a = new ArticleExtraction(art, List.of(m(0, "Halvard Shipping ASA", EntityType.ORGANIZATION)), List.of(),
                List.of(new ArticleExtraction.Sentence(0, 1, "x")), 1, java.util.Map.of("Halvard Shipping ASA", "legal-form"));
        assertThat(new EntityResolver().resolve(List.of(a)).typeRules()).containsEntry("organization/halvard-shipping-asa", "legal-form");
    }
}
