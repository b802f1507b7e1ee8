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
}
