package io.newsgraph.extract;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CheckedInAnnotations;
import io.newsgraph.resolve.Resolver;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own pronoun and description links, as they run without CoreNLP's coreference
 * ({@code -Dnewsgraph.coref=none}): the checked-in annotations with their coreference chains
 * removed. Texts written for these tests.
 */
class OwnAntecedentsTest {
    /** The chain run on the text's annotation without coreference chains. */
    private static ArticleContext withoutCoreference(String text) {
        AnnotatedArticle annotated = CheckedInAnnotations.of(Extracted.article(text));
        annotated.doc().remove(CorefCoreAnnotations.CorefChainAnnotation.class);
        ArticleContext ctx = new ArticleContext(annotated);
        Extracted.CHAIN.run(ctx);
        return ctx;
    }

    /** The link of the n-th (from 0) token spelled {@code word} in sentence s. */
    private static Optional<Antecedent> link(ArticleContext ctx, int s, String word, int n) {
        int seen = 0;
        for (int t = 0; t < ctx.tokens(s).size(); t++) {
            if (ctx.tokens(s).get(t).word().equals(word) && seen++ == n) {
                return ctx.antecedentLink(s, t);
            }
        }
        throw new AssertionError("no " + word + " #" + n + " in sentence " + s + ": " + ctx.sentenceText(s));
    }

    private static Extracted facts(ArticleContext ctx, Article a) {
        return new Extracted(Resolver.resolve(List.of(a), List.of(ArticleExtraction.of(ctx))));
    }

    @Test
    void aSubjectPronounCarriesTheLinkOfThePreviousSentencesPronounSubject() {
        String text = "Marta Lindqvist founded Solvent Labs in 2019.\n\nShe sold the firm last year. "
                + "Then she criticized Harbor Logistics.";
        ArticleContext ctx = withoutCoreference(text);
        assertThat(link(ctx, 1, "She", 0)).map(a -> a.target().name()).contains("Marta Lindqvist");
        Optional<Antecedent> second = link(ctx, 2, "she", 0);
        assertThat(second).map(a -> a.target().name()).contains("Marta Lindqvist");
        assertThat(second).map(Antecedent::rule).contains(OwnAntecedents.PREVIOUS_PRONOUN_SUBJECT);
        assertThat(facts(ctx, Extracted.article(text)).claims("Marta Lindqvist", "CRITICIZED", "Harbor Logistics")).isTrue();
    }

    @Test
    void theHeadNounOfAnOrganisationsNameMeansThatOrganisation() {
        ArticleContext ctx = withoutCoreference("The Nordic Chamber Choir hired Ilse Brandt on Monday. "
                + "Brandt will lead the choir on its spring tour.");
        Optional<Antecedent> choir = link(ctx, 1, "choir", 0);
        assertThat(choir).map(a -> a.target().name()).contains("Nordic Chamber Choir");
        assertThat(choir).map(Antecedent::rule).contains(OwnAntecedents.NAME_HEAD);
    }

    @Test
    void sheSkipsAManAndReachesTheOnlyWomanOfTheParagraph() {
        ArticleContext ctx = withoutCoreference("Thomas Berg met Anna Kowalski in Oslo on Monday. Later she praised Northwind Energy.");
        Optional<Antecedent> she = link(ctx, 1, "she", 0);
        assertThat(she).map(a -> a.target().name()).contains("Anna Kowalski");
        assertThat(she).map(Antecedent::rule).contains(OwnAntecedents.PARAGRAPH_PERSON);
    }

    @Test
    void heStaysUnlinkedWhenTheParagraphNamesTwoMen() {
        ArticleContext ctx = withoutCoreference("Thomas Berg and Pedro Alves met in Oslo on Monday. "
                + "Their aides said his offer surprised Northwind Energy.");
        assertThat(link(ctx, 1, "his", 0)).isEmpty();
    }

    @Test
    void anUnnamedPersonDescriptionBlocksTheParagraphRule() {
        ArticleContext ctx = withoutCoreference("The billionaire's talks with Pedro Alves highlighted his ambitions in shipping.");
        assertThat(link(ctx, 0, "his", 0)).isEmpty();
    }

    @Test
    void itsMeansTheOrganisationNamedBeforeItWhenThePersonSubjectCannotBeIt() {
        ArticleContext ctx = withoutCoreference("Ulla Berg pulled Deutsche Bank out of its old offices in Hamburg.");
        Optional<Antecedent> its = link(ctx, 0, "its", 0);
        assertThat(its).map(a -> a.target().name()).contains("Deutsche Bank");
        assertThat(its).map(Antecedent::rule).contains(OwnAntecedents.SENTENCE_THING);
    }

    @Test
    void aSubjectItDoesNotReferIntoItsOwnObject() {
        ArticleContext ctx = withoutCoreference("The treaty gave Turkey control of the Hatay province, which it had claimed since 1936.");
        assertThat(link(ctx, 0, "it", 0)).map(a -> a.target().name()).contains("Turkey");
    }

    @Test
    void anEmptyItStaysUnlinked() {
        ArticleContext ctx = withoutCoreference("Ulla Berg left Northwind Energy in May, and it was reported that she sold her shares.");
        assertThat(link(ctx, 0, "it", 0)).isEmpty();
    }

    @Test
    void theCompanyMeansWhatTheArticleTypedAsACompany() {
        ArticleContext ctx = withoutCoreference("Northwind Energy, a shipping company based in Bergen, hired Pedro Alves in 2021.\n\n"
                + "Last month the company dismissed him.");
        Optional<Antecedent> company = link(ctx, 1, "company", 0);
        assertThat(company).map(a -> a.target().name()).contains("Northwind Energy");
        assertThat(company).map(Antecedent::rule).contains(OwnAntecedents.TYPED_DESCRIPTION);
    }

    @Test
    void aSuperlativeDescriptionIsNotAReferenceBack() {
        ArticleContext ctx = withoutCoreference("Northwind Energy, a shipping company based in Bergen, hired Pedro Alves in 2021. "
                + "Analysts called the largest company in the region a rival.");
        assertThat(link(ctx, 1, "company", 0)).isEmpty();
    }

    @Test
    void anUntypedCompanyMeansThePreviousSentencesOrganisationSubjectAndItsRelativeClauseFollows() {
        String text = "Northwind Labs is based in Bergen and sells marine sensors. "
                + "The company was founded in 2009 by Ingrid Solberg, who still leads it.";
        ArticleContext ctx = withoutCoreference(text);
        Optional<Antecedent> company = link(ctx, 1, "company", 0);
        assertThat(company).map(a -> a.target().name()).contains("Northwind Labs");
        assertThat(company).map(Antecedent::rule).contains(OwnAntecedents.PREVIOUS_COMPANY_SUBJECT);
        assertThat(link(ctx, 1, "it", 0)).map(a -> a.target().name()).contains("Northwind Labs");
        Extracted x = facts(ctx, Extracted.article(text));
        assertThat(x.claims("Ingrid Solberg", "FOUNDED", "Northwind Labs")).as(x.toString()).isTrue();
        assertThat(x.claims("Ingrid Solberg", "LEADS", "Northwind Labs")).as(x.toString()).isTrue();
    }

    @Test
    void aPlaceThatOnlyPremodifiesAnUnnamedNounIsNotWhatItsMeans() {
        ArticleContext ctx = withoutCoreference("The Oslo-based foundation said its director, Kari Lunde, would retire in June.");
        assertThat(link(ctx, 0, "its", 0)).isEmpty(); // the foundation has no name here, and Oslo is not it
    }
}
