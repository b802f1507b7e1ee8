package io.newsgraph.claims;

import io.newsgraph.model.Article;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims on hand-built graphs: no CoreNLP, each rule on its own. */
class ClaimsTest {
    private static final String STORY = "Mayor Ilse Varga met the shipping magnate Pavel Oskarsson at the harbour on Monday, "
            + "three people who attended the dinner told the paper. The two discussed the new container terminal and "
            + "the dredging contract that the council has not yet put out to tender, according to the people.";

    private final List<Article> articles = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Entity> entities = List.of(
            new Entity("person/ilse-varga", "Ilse Varga", EntityType.PERSON, List.of("Varga", "Mayor Ilse Varga"), 3, List.of()),
            new Entity("person/pavel-oskarsson", "Pavel Oskarsson", EntityType.PERSON, List.of("Oskarsson"), 3, List.of()),
            new Entity("person/tomas-reyes", "Tomas Reyes", EntityType.PERSON, List.of("Reyes"), 1, List.of()),
            new Entity("organization/harbor-ledger", "Harbor Ledger", EntityType.ORGANIZATION, List.of("The Harbor Ledger"), 1, List.of()),
            new Entity("organization/city-hall", "City Hall", EntityType.ORGANIZATION, List.of(), 1, List.of()));

    private String article(String id, String source, String url, String published, String text) {
        articles.add(new Article(id, null, source, published, url, null, null, text));
        return id;
    }

    private void fact(Predicate p, String s, String o, Polarity pol, Modality mod, String article, String attributedTo) {
        Article a = articles.stream().filter(x -> x.id().equals(article)).findFirst().orElseThrow();
        int end = a.text().indexOf('.') + 1;
        Evidence e = new Evidence(article, 0, 0, end, a.text().substring(0, end), "verb-frame", 0.9, attributedTo, null);
        facts.add(new Fact("fact/" + facts.size(), name(s), p, name(o), s, o, pol, mod, attributedTo, null, null, null, List.of(e)));
    }

    private void met(String article, Polarity pol, Modality mod, String attributedTo) {
        fact(Predicate.MET_WITH, "person/ilse-varga", "person/pavel-oskarsson", pol, mod, article, attributedTo);
    }

    private String name(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(id);
    }

    private Claim only() {
        List<Claim> claims = Claims.of(new Graph(articles, entities, facts, List.of()));
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void syndicatedCopiesAreOneOutletAndIndependentReportsCorroborate() {
        met(article("a1", "Harbor Ledger", null, "2025-03-02", STORY), Polarity.POSITIVE, Modality.ASSERTED, null);
        met(article("a2", "Valley Courier", null, "2025-03-03", "Reprinted. " + STORY), Polarity.POSITIVE, Modality.ASSERTED, null);
        assertThat(only().status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(only().outlets()).isEqualTo(1);
        assertThat(only().supporting()).containsExactly("a1", "a2");

        met(article("a3", "North Star Radio", null, "2025-03-04", "Varga and Oskarsson dined together, a waiter said. "
                + "Nobody at City Hall would comment on the evening or on what the pair talked about."), Polarity.POSITIVE,
                Modality.REPORTED, "a waiter");
        Claim c = only();
        assertThat(c.status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(c.outlets()).isEqualTo(2);
        assertThat(c.firstReported()).isEqualTo("2025-03-02");
        assertThat(c.lastReported()).isEqualTo("2025-03-04");
    }

    @Test
    void onePublisherIsOneOutletWhateverTheArticlesSay() {
        met(article("b1", "The Harbor Ledger", null, "2025-03-02", "Varga met Oskarsson. The rest is about boats."),
                Polarity.POSITIVE, Modality.ASSERTED, null);
        met(article("b2", null, "https://www.harborledger.com/2025/03/dinner", "2025-03-05",
                "A different text altogether: the mayor and the magnate had dinner. Harbour traffic rose."),
                Polarity.POSITIVE, Modality.ASSERTED, null);
        assertThat(only().outlets()).isEqualTo(1);
        assertThat(only().status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
    }

    @Test
    void aNamedDenialAgainstSupportIsDisputedAndItsSpeakerResolves() {
        met(article("c1", "Harbor Ledger", null, "2025-03-02", STORY), Polarity.POSITIVE, Modality.REPORTED, "three people");
        met(article("c2", "Valley Courier", null, "2025-03-05", "Varga never met Oskarsson, Reyes said."),
                Polarity.NEGATIVE, Modality.REPORTED, "City Hall spokesman Tomas Reyes");
        Claim c = only();
        assertThat(c.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(c.denying()).containsExactly("c2");
        assertThat(c.denyingOutlets()).isEqualTo(1);
        assertThat(c.speakers(Stance.DENIES)).containsExactly(new Speaker("Tomas Reyes", "person/tomas-reyes"));
        assertThat(c.speakers(Stance.SUPPORTS)).containsExactly(new Speaker("three people", null));
    }

    @Test
    void denialAloneIsDeniedAndHypotheticalsNeverSupport() {
        met(article("d1", "Harbor Ledger", null, "2025-03-02", "Varga did not meet Oskarsson."), Polarity.NEGATIVE,
                Modality.ASSERTED, null);
        assertThat(only().status()).isEqualTo(ClaimStatus.DENIED);
        met(article("d2", "Valley Courier", null, "2025-03-03", "Varga could meet Oskarsson next week."),
                Polarity.POSITIVE, Modality.HYPOTHETICAL, null);
        met(article("d3", "North Star Radio", null, "2025-03-03", "If Varga met Oskarsson, the council would object."),
                Polarity.POSITIVE, Modality.HYPOTHETICAL, null);
        Claim c = only();
        assertThat(c.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(c.supporting()).isEmpty();
        assertThat(c.hypothetical()).containsExactly("d2", "d3");
    }

    @Test
    void onlyHypotheticalMentionsAreHypothetical() {
        met(article("e1", "Harbor Ledger", null, "2025-03-02", "Varga might meet Oskarsson."), Polarity.POSITIVE,
                Modality.HYPOTHETICAL, null);
        assertThat(only().status()).isEqualTo(ClaimStatus.HYPOTHETICAL);
        assertThat(only().firstReported()).isNull();
    }

    @Test
    void bothDirectionsOfASymmetricPredicateAreOneClaim() {
        met(article("f1", "Harbor Ledger", null, "2025-03-02", "Varga met Oskarsson."), Polarity.POSITIVE, Modality.ASSERTED, null);
        article("f2", "Valley Courier", null, "2025-03-04", "Oskarsson met Varga on the quay, the harbour master said.");
        fact(Predicate.MET_WITH, "person/pavel-oskarsson", "person/ilse-varga", Polarity.POSITIVE, Modality.REPORTED, "f2",
                "the harbour master");
        Claim c = only();
        assertThat(c.subjectId()).isEqualTo("person/ilse-varga");
        assertThat(c.objectId()).isEqualTo("person/pavel-oskarsson");
        assertThat(c.outlets()).isEqualTo(2);
        assertThat(c.factIds()).hasSize(2);
    }

    @Test
    void aDirectedPredicateKeepsItsDirection() {
        article("g1", "Harbor Ledger", null, "2025-03-02", "Varga praised Oskarsson. Oskarsson praised Varga.");
        fact(Predicate.PRAISED, "person/ilse-varga", "person/pavel-oskarsson", Polarity.POSITIVE, Modality.ASSERTED, "g1", null);
        fact(Predicate.PRAISED, "person/pavel-oskarsson", "person/ilse-varga", Polarity.POSITIVE, Modality.ASSERTED, "g1", null);
        assertThat(Claims.of(new Graph(articles, entities, facts, List.of()))).hasSize(2);
    }

    @Test
    void aDismissalInTheNextSentenceDeniesWithTheQuotedSpeaker() {
        met(article("h1", "Harbor Ledger", null, "2025-03-02", STORY), Polarity.POSITIVE, Modality.ASSERTED, null);
        met(article("h2", "Valley Courier", null, "2025-03-06", "Now they say she meets Oskarsson every week. It is all untrue,” "
                + "Reyes said on Thursday.\nThe council meets again in April."), Polarity.POSITIVE, Modality.REPORTED, null);
        Claim c = only();
        assertThat(c.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(c.denying()).containsExactly("h2");
        assertThat(c.speakers(Stance.DENIES)).extracting(Speaker::entityId).containsExactly("person/tomas-reyes");
    }

    @Test
    void aWithdrawnReportDeniesAndItsOutletSpeaks() {
        met(article("i1", "Harbor Ledger", null, "2025-03-02", STORY), Polarity.POSITIVE, Modality.ASSERTED, null);
        met(article("i2", "Harbor Ledger", null, "2025-03-09", "The Harbor Ledger retracted its report that Varga met Oskarsson."),
                Polarity.POSITIVE, Modality.ASSERTED, null);
        Claim c = only();
        assertThat(c.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(c.speakers(Stance.DENIES)).containsExactly(new Speaker("Harbor Ledger", "organization/harbor-ledger"));
    }

    @Test
    void aDenialIsNotAboutTheDeniersOwnJob() {
        article("k1", "Dunmore Daily", null, "2025-03-05", "City Hall spokesman Tomas Reyes denied the report that Varga met Oskarsson.");
        met("k1", Polarity.POSITIVE, Modality.ASSERTED, null);
        fact(Predicate.WORKS_FOR, "person/tomas-reyes", "organization/city-hall", Polarity.POSITIVE, Modality.ASSERTED, "k1", null);
        List<Claim> claims = Claims.of(new Graph(articles, entities, facts, List.of()));
        assertThat(claims).extracting(c -> c.predicate() + " " + c.status().json())
                .containsExactlyInAnyOrder("MET_WITH denied", "WORKS_FOR single-source");
    }

    @Test
    void aReportWindowGivesTheStatusAsItStoodThen() {
        met(article("j1", "Harbor Ledger", null, "2025-03-02", STORY), Polarity.POSITIVE, Modality.ASSERTED, null);
        met(article("j2", "Valley Courier", null, "2025-03-05", "Varga did not meet Oskarsson."), Polarity.NEGATIVE,
                Modality.ASSERTED, null);
        Graph g = new Graph(articles, entities, facts, List.of());
        assertThat(Claims.of(g, new ReportWindow(null, "2025-03-04")).get(0).status()).isEqualTo(ClaimStatus.SINGLE_SOURCE);
        assertThat(Claims.of(g, new ReportWindow("2025-03-03", null)).get(0).status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(Claims.of(g, new ReportWindow("2025-03", "2025-03")).get(0).status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(Claims.of(g, new ReportWindow("2025-04-01", null))).isEmpty();
    }

    @Test
    void statusNamesReadBothWays() {
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(ClaimStatus.parse(s.json())).isEqualTo(s);
        }
        assertThat(ClaimStatus.SINGLE_SOURCE.json()).isEqualTo("single-source");
    }
}
