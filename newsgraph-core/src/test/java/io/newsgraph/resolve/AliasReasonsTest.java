package io.newsgraph.resolve;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.AliasMerge;
import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reason each alias joined its entity and the rule behind its label, as the entity carries them to the sinks. */
class AliasReasonsTest {
    private static Mention m(int s, String text, String name, EntityType t) {
        return new Mention(s, 0, 1, text, name, t, false);
    }

    private static ArticleExtraction doc(String id, List<String> sentences, Map<String, String> typeRules, Mention... ms) {
        Article a = new Article(id, null, null, null, null, null, null, String.join(" ", sentences));
        List<ArticleExtraction.Sentence> ss = new ArrayList<>();
        int at = 0;
        for (String s : sentences) {
            ss.add(new ArticleExtraction.Sentence(at, at + s.length(), s));
            at += s.length() + 1;
        }
        return new ArticleExtraction(a, List.of(ms), List.of(), ss, 10, typeRules);
    }

    private static Entity only(List<ArticleExtraction> docs) {
        List<Entity> es = new EntityResolver().resolve(docs).entities();
        assertThat(es).as(es.toString()).hasSize(1);
        return es.get(0);
    }

    @Test
    void eachAliasNamesTheLinkThatJoinedIt() {
        Entity e = only(List.of(doc("a", List.of("x", "y", "z", "w"), Map.of(),
                m(0, "Thomas \"Tommy\" Reilly", "Thomas Reilly", EntityType.PERSON), m(1, "Tommy", "Tommy", EntityType.PERSON),
                m(2, "Mr Reilly", "Reilly", EntityType.PERSON), m(3, "Thomas Reilly", "Thomas Reilly", EntityType.PERSON))));
        assertThat(e.name()).isEqualTo("Thomas Reilly");
        assertThat(e.merges()).containsExactly(
                new AliasMerge("Mr Reilly", "short name", "Thomas Reilly"),
                new AliasMerge("Thomas \"Tommy\" Reilly", "nickname", "Thomas Reilly"),
                new AliasMerge("Tommy", "nickname", "Thomas Reilly"));
        assertThat(e.typeRule()).isEqualTo(AliasReasons.NER_MAJORITY);
    }

    @Test
    void acronymsParticlesCaseAndTitlesEachHaveTheirReason() {
        Entity board = only(List.of(doc("a", List.of("The Kestrel Water Board (KWAB) met.", "KWAB agreed."), Map.of(),
                m(0, "Kestrel Water Board", "Kestrel Water Board", EntityType.ORGANIZATION), m(0, "KWAB", "KWAB", EntityType.ORGANIZATION),
                m(1, "KWAB", "KWAB", EntityType.ORGANIZATION), m(1, "kestrel water board", "kestrel water board", EntityType.ORGANIZATION),
                m(1, "The Kestrel Water Board", "Kestrel Water Board", EntityType.ORGANIZATION))));
        assertThat(board.merges()).containsExactly(new AliasMerge("KWAB", "acronym in brackets", "Kestrel Water Board"),
                new AliasMerge("The Kestrel Water Board", "spelling variant", "Kestrel Water Board"),
                new AliasMerge("kestrel water board", "spelling variant", "Kestrel Water Board"));

        Entity anna = only(List.of(doc("b", List.of("x", "y"), Map.of(),
                m(0, "mayor Anna van der Berg", "Anna van der Berg", EntityType.PERSON), m(1, "Van der Berg", "Van der Berg", EntityType.PERSON))));
        assertThat(anna.merges()).containsExactly(new AliasMerge("Van der Berg", "surname with particle", "Anna van der Berg"),
                new AliasMerge("mayor Anna van der Berg", "title", "Anna van der Berg"));
    }

    @Test
    void theStrongestRuleForTheChosenLabelDecides() {
        ArticleExtraction a = doc("a", List.of("x"), Map.of("Halvard Shipping ASA", "legal-form"),
                m(0, "Halvard Shipping ASA", "Halvard Shipping ASA", EntityType.ORGANIZATION));
        ArticleExtraction b = doc("b", List.of("x"), Map.of("Halvard Shipping ASA", "verb"),
                m(0, "Halvard Shipping ASA", "Halvard Shipping ASA", EntityType.ORGANIZATION));
        assertThat(only(List.of(b, a)).typeRule()).isEqualTo("legal-form");
        assertThat(only(List.of(a, b)).typeRule()).isEqualTo("legal-form");
    }

    @Test
    void aRuleForAnotherLabelThanTheOneChosenDecidesNothing() {
        ArticleExtraction a = doc("a", List.of("x"), Map.of("Velby", "apposition"), m(0, "Velby", "Velby", EntityType.PERSON));
        ArticleExtraction b = doc("b", List.of("x"), Map.of(), m(0, "Velby", "Velby", EntityType.LOCATION),
                m(0, "Velby", "Velby", EntityType.LOCATION));
        Entity e = only(List.of(a, b));
        assertThat(e.label()).isEqualTo(EntityType.LOCATION);
        assertThat(e.typeRule()).isEqualTo(AliasReasons.NER_MAJORITY);
    }

    @Test
    void theReasonsDoNotDependOnTheOrderMembersArriveIn() {
        ArticleExtraction a = doc("a", List.of("x", "y", "z"), Map.of("Maren Holt", "apposition"),
                m(0, "Maren Holt", "Maren Holt", EntityType.PERSON), m(1, "M. Holt", "M. Holt", EntityType.PERSON),
                m(2, "Dr Holt", "Holt", EntityType.PERSON));
        List<ResolutionSteps.Member> ms = new ArrayList<>();
        a.mentions().forEach(x -> ms.add(ResolutionSteps.member(a, x)));
        Map<String, EntityType> types = Map.of("maren holt", EntityType.PERSON, "m. holt", EntityType.PERSON, "holt", EntityType.PERSON);
        List<ResolutionSteps.NameLink> links = new ArrayList<>(List.of(new ResolutionSteps.NameLink("m. holt", "maren holt", "initial"),
                new ResolutionSteps.NameLink("holt", "maren holt", "short name"), new ResolutionSteps.NameLink("holt", "maren holt", "short name")));
        Entity first = ResolutionSteps.entity(ms, types, links);
        Collections.reverse(ms);
        Collections.reverse(links);
        assertThat(ResolutionSteps.entity(ms, types, links)).isEqualTo(first);
        assertThat(first.merges()).extracting(AliasMerge::reason).containsExactly("short name", "initial");
        assertThat(first.typeRule()).isEqualTo("apposition");
        assertThat(only(List.of(a))).isEqualTo(first);
    }
}
