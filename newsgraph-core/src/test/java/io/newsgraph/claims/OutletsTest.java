package io.newsgraph.claims;

import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutletsTest {
    private static Article article(String id, String source, String url, String author, String text) {
        return new Article(id, null, source, null, url, author, null, text);
    }

    @Test
    void publisherComesFromDatelineCreditThenSourceThenHostThenByline() {
        assertThat(Outlets.publisherName(article("a", "Valley Courier", null, null, "DUNMORE (Coastal Wire) — The mayor met ...")))
                .isEqualTo("Coastal Wire");
        assertThat(Outlets.publisherName(article("b", "Valley Courier", "https://x.example.org/a", null, "Text."))).isEqualTo("Valley Courier");
        assertThat(Outlets.publisherName(article("c", null, "https://www.harborledger.com/a", null, "Text."))).isEqualTo("harborledger.com");
        assertThat(Outlets.publisherName(article("d", null, null, "Ana Ruiz, Coastal Wire", "Text."))).isEqualTo("Coastal Wire");
        assertThat(Outlets.publisherName(article("e", null, null, "Ana Ruiz", "Text."))).isNull();
    }

    @Test
    void publisherNamesCompareWithoutCaseArticleOrDomain() {
        assertThat(Outlets.key("The Harbor Ledger")).isEqualTo(Outlets.key("harborledger.com")).isEqualTo("harborledger");
        assertThat(Outlets.key("news.bbc.co.uk")).isEqualTo("newsbbc");
    }

    @Test
    void articlesOfUnknownOriginCountEachUnlessTheirTextsAreCopies() {
        String story = "The harbour board approved the dredging contract on Tuesday after a two-hour debate in which three "
                + "members objected to the cost and one abstained, citing the ferry company's complaint about noise.";
        Outlets o = new Outlets(List.of(article("x", null, null, null, story), article("y", null, null, null, "UPDATED " + story),
                article("z", null, null, null, "Ferry fares will rise in May, the operator announced, blaming fuel prices.")));
        assertThat(o.independent(List.of("x", "y"))).isEqualTo(1);
        assertThat(o.independent(List.of("x", "y", "z"))).isEqualTo(2);
        assertThat(o.independent(List.of("x", "x"))).isEqualTo(1);
        assertThat(o.similarity("x", "z")).isLessThan(Outlets.NEAR_IDENTICAL);
    }
}
