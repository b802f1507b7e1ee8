package io.newsgraph.spark;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Predicate;
import io.newsgraph.resolve.Resolver;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution across partitions on hand-made extractions (no CoreNLP), each article alone in its
 * partition, against core's one-machine resolver on the same extractions: a surname alone in one
 * article joins the full name in another, an acronym alone joins its organisation, a surname two
 * people share joins neither, votes and the gazetteer decide types, and one statement made in two
 * articles becomes one fact with two evidences.
 */
class CrossPartitionResolutionIT {
    private int begin;

    private Mention m(String name, EntityType type) {
        begin += 10;
        return new Mention(0, begin, begin + name.length(), name, name, type, false);
    }

    private static ArticleExtraction doc(String id, List<Mention> ms, List<Frame> frames) {
        String text = "Sentence of article " + id + ".";
        Article a = new Article(id, id, null, "2026-01-0" + (id.charAt(0) - 'a' + 1), null, null, null, text);
        return new ArticleExtraction(a, ms, frames, List.of(new ArticleExtraction.Sentence(0, text.length(), text)), 5);
    }

    private static Frame owns(Mention owner, Mention owned) {
        return Frame.of("rules/owns", Predicate.OWNS, 0, -1, owner, List.of(owned), List.of(), 0.9);
    }

    private List<ArticleExtraction> corpus() {
        Mention elon = m("Elon Musk", EntityType.PERSON);
        Mention spacexA = m("SpaceX", EntityType.ORGANIZATION);
        Mention musk = m("Musk", EntityType.PERSON);
        Mention spacexB = m("SpaceX", EntityType.ORGANIZATION);
        return List.of(
                doc("a", List.of(elon, spacexA), List.of(owns(elon, spacexA))),
                doc("b", List.of(musk, spacexB), List.of(owns(musk, spacexB))),
                doc("c", List.of(m("Baltic Shipping Authority", EntityType.ORGANIZATION), m("Laura Becker", EntityType.ORGANIZATION)), List.of()),
                doc("d", List.of(m("BSA", EntityType.ORGANIZATION), m("Laura Becker", EntityType.PERSON)), List.of()),
                doc("e", List.of(m("Anna Berg", EntityType.PERSON), m("Tomas Berg", EntityType.PERSON)), List.of()),
                doc("f", List.of(m("Berg", EntityType.PERSON), m("Laura Becker", EntityType.PERSON)), List.of()),
                doc("g", List.of(m("the Kremlin", EntityType.LOCATION), m("Halvorsen Maritime", EntityType.ORGANIZATION),
                        m("Halvorsen", EntityType.PERSON)), List.of()));
    }

    @Test
    void eachArticleInItsOwnPartitionResolvesAsOnOneMachine() {
        List<ArticleExtraction> docs = corpus();
        List<Extracted> numbered = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            numbered.add(new Extracted(i, docs.get(i)));
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        Graph spread = SparkExtraction.resolve(sc.parallelize(numbered, numbered.size())).collect();
        Graph one = Resolver.resolve(docs.stream().map(ArticleExtraction::article).toList(), docs);

        assertThat(spread.entities()).containsExactlyElementsOf(one.entities());
        assertThat(spread.facts()).containsExactlyElementsOf(one.facts());
        assertThat(spread.events()).containsExactlyElementsOf(one.events());

        assertThat(entity(spread, "person/elon-musk").articles()).containsExactly("a", "b");
        assertThat(entity(spread, "person/elon-musk").aliases()).containsExactly("Elon Musk", "Musk");
        assertThat(entity(spread, "organization/baltic-shipping-authority").aliases()).contains("BSA");
        // each alias joined in another partition says why, as on one machine (the lists above are equal whole)
        assertThat(entity(spread, "person/elon-musk").merges())
                .containsExactly(new io.newsgraph.model.AliasMerge("Musk", "short name", "Elon Musk"));
        assertThat(entity(spread, "organization/baltic-shipping-authority").merges())
                .contains(new io.newsgraph.model.AliasMerge("BSA", "short name", "Baltic Shipping Authority"));
        assertThat(entity(spread, "person/laura-becker").mentions()).isEqualTo(3);
        assertThat(entity(spread, "organization/kremlin").label()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(spread, "organization/halvorsen-maritime").aliases()).contains("Halvorsen");
        assertThat(spread.entities()).extracting(Entity::name).contains("Anna Berg", "Tomas Berg", "Berg");
        Fact owns = spread.facts().stream().filter(f -> f.predicate() == Predicate.OWNS).findFirst().orElseThrow();
        assertThat(owns.subjectId()).isEqualTo("person/elon-musk");
        assertThat(owns.evidence()).extracting(ev -> ev.article()).containsExactly("a", "b");
    }

    private static Entity entity(Graph g, String id) {
        return g.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + g.entities()));
    }
}
