package io.newsgraph.extract;

import io.newsgraph.model.Fact;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Verb frames on sentences written for these tests (made-up people and firms). */
class VerbFrameExtractorTest {
    @Test
    void activeVoice() {
        Extracted x = Extracted.from("Governor Helen Strand criticized Northwind Energy on Tuesday.");
        assertThat(x.claims("Helen Strand", "CRITICIZED", "Northwind Energy")).as(x.toString()).isTrue();
    }

    @Test
    void passiveVoiceTakesTheByPhraseAsAgent() {
        Extracted x = Extracted.from("Marco Ruiz was sanctioned by the European Union last year.");
        assertThat(x.claims("European Union", "SANCTIONED", "Marco Ruiz")).as(x.toString()).isTrue();
        assertThat(x.facts("Marco Ruiz", "SANCTIONED", "European Union")).as(x.toString()).isEmpty();
    }

    @Test
    void objectControlGivesRequestAndTopic() {
        Extracted x = Extracted.from("Olaf Brandt asked Julia Moreno to stop selling Skyline terminals to Peru.");
        assertThat(x.claims("Olaf Brandt", "REQUESTED", "Julia Moreno")).as(x.toString()).isTrue();
        Fact topic = x.facts("Olaf Brandt", "REQUESTED", "Peru").get(0);
        assertThat(topic.role()).isEqualTo("topic");
        assertThat(topic.event()).isEqualTo(x.facts("Olaf Brandt", "REQUESTED", "Julia Moreno").get(0).event());
    }

    @Test
    void aBareWeekdayInAPastClauseIsTheDayBeforeTheArticleWhateverWasAnnotatedBefore() {
        // The test article is dated Friday 14 March 2025; SUTime alone gives 10 or 17 March
        // depending on the sentences it tagged earlier in the JVM.
        Extracted x = Extracted.from("Anna Kowalski and Pedro Alves spoke by phone on Monday.");
        assertThat(x.graph().facts()).as(x.toString()).isNotEmpty().allSatisfy(f -> assertThat(f.date()).isEqualTo("2025-03-10"));
    }

    @Test
    void coordinatedSubjectsOfASymmetricVerb() {
        Extracted x = Extracted.from("Anna Kowalski and Pedro Alves spoke by phone on Monday.");
        assertThat(x.anyClaimBetween("Anna Kowalski", "Pedro Alves")).as(x.toString()).isTrue();
    }

    @Test
    void coordinatedObjects() {
        Extracted x = Extracted.from("Senator Maria Lopez met with Pedro Alves and Anna Kowalski in Lisbon.");
        assertThat(x.claims("Maria Lopez", "MET_WITH", "Pedro Alves")).as(x.toString()).isTrue();
        assertThat(x.claims("Maria Lopez", "MET_WITH", "Anna Kowalski")).as(x.toString()).isTrue();
    }

    @Test
    void relativeClauseSubject() {
        Extracted x = Extracted.from("Harbor Logistics, which owns Bluewater Ferries, posted record profits.");
        assertThat(x.claims("Harbor Logistics", "OWNS", "Bluewater Ferries")).as(x.toString()).isTrue();
    }

    @Test
    void prepositionalArgumentAndNounFrame() {
        Extracted x = Extracted.from("Julia Moreno has held secret talks with Olaf Brandt since March.");
        assertThat(x.anyClaimBetween("Julia Moreno", "Olaf Brandt")).as(x.toString()).isTrue();
    }

    @Test
    void killedWithVictimAndPassive() {
        Extracted x = Extracted.from("Rebels killed Tomas Berg near the border. Ivan Petrenko was killed by Dmitri Volkov in 2019.");
        assertThat(x.claims("Dmitri Volkov", "KILLED", "Ivan Petrenko")).as(x.toString()).isTrue();
        assertThat(x.graph().entities()).noneMatch(e -> e.name().equalsIgnoreCase("rebels"));
    }

    @Test
    void livesIn() {
        Extracted x = Extracted.from("Clara Jensen, a retired teacher, lives in Aarhus with her two dogs.");
        assertThat(x.claims("Clara Jensen", "LIVES_IN", "Aarhus")).as(x.toString()).isTrue();
    }

    @Test
    void negationKeepsTheFactWithItsMark() {
        Extracted x = Extracted.from("Olaf Brandt did not meet Julia Moreno during the summit.");
        assertThat(x.has("Olaf Brandt", "MET_WITH", "Julia Moreno", Polarity.NEGATIVE, Modality.ASSERTED)).as(x.toString()).isTrue();
        assertThat(x.anyClaimBetween("Olaf Brandt", "Julia Moreno")).isFalse();
    }

    @Test
    void negatedSubjectOfPassive() {
        Extracted x = Extracted.from("No sanctions were imposed on Julia Moreno by Canada.");
        assertThat(x.graph().facts().stream().filter(f -> f.predicate().name().equals("SANCTIONED")).noneMatch(Fact::isClaim)).as(x.toString()).isTrue();
    }

    @Test
    void conditionalAndWishesAreHypothetical() {
        Extracted x = Extracted.from("If Pedro Alves wins, Anna Kowalski would criticize him. Activists demanded that Canada should sanction Marco Ruiz.");
        assertThat(x.claims("Anna Kowalski", "CRITICIZED", "Pedro Alves")).as(x.toString()).isFalse();
        assertThat(x.claims("Canada", "SANCTIONED", "Marco Ruiz")).as(x.toString()).isFalse();
        assertThat(x.has("Canada", "SANCTIONED", "Marco Ruiz", Polarity.POSITIVE, Modality.HYPOTHETICAL)).as(x.toString()).isTrue();
    }

    @Test
    void attributionNamesTheSource() {
        Extracted x = Extracted.from("The Daily Courier reported that Julia Moreno praised Olaf Brandt. "
                + "According to Reuters, Marco Ruiz bought Harbor Logistics.");
        Fact praised = x.facts("Julia Moreno", "PRAISED", "Olaf Brandt").get(0);
        assertThat(praised.modality()).isEqualTo(Modality.REPORTED);
        assertThat(praised.attributedTo()).isEqualTo("Daily Courier");
        Fact owns = x.facts("Marco Ruiz", "OWNS", "Harbor Logistics").get(0);
        assertThat(owns.modality()).isEqualTo(Modality.REPORTED);
        assertThat(owns.attributedTo()).isEqualTo("Reuters");
    }

    @Test
    void aClauseUnderADenialIsNegatedAndAttributedToTheDenier() {
        Extracted x = Extracted.from("Harbour spokeswoman Lena Voss denied on Monday that Olaf Brandt met Julia Moreno. "
                + "Marco Ruiz did not deny that Julia Moreno praised Olaf Brandt.");
        Fact met = x.facts("Olaf Brandt", "MET_WITH", "Julia Moreno").get(0);
        assertThat(met.polarity()).as(x.toString()).isEqualTo(Polarity.NEGATIVE);
        assertThat(met.modality()).isEqualTo(Modality.REPORTED);
        assertThat(met.attributedTo()).isEqualTo("Lena Voss");
        assertThat(met.primary().attributedTo()).isEqualTo("Lena Voss");
        assertThat(x.has("Julia Moreno", "PRAISED", "Olaf Brandt", Polarity.POSITIVE, Modality.REPORTED)).as(x.toString()).isTrue();
    }

    @Test
    void labelCriticism() {
        Extracted x = Extracted.from("Senator Maria Lopez called Marco Ruiz a liar.");
        assertThat(x.claims("Maria Lopez", "CRITICIZED", "Marco Ruiz")).as(x.toString()).isTrue();
        assertThat(x.facts("Maria Lopez", "COMMUNICATED_WITH", "Marco Ruiz")).isEmpty();
    }

    @Test
    void stateOrgansAndPartitivesResolveToTheirEntities() {
        Extracted x = Extracted.from("Turkish troops seized control of Afrin in 2018.");
        assertThat(x.claims("Turkey", "ATTACKED", "Afrin")).as(x.toString()).isTrue();
    }
}
