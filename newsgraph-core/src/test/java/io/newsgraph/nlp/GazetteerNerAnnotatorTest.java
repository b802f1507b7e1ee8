package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's fine-grained rules over the KBP gazetteers, on tokens tagged by hand as plain NER leaves them. */
class GazetteerNerAnnotatorTest {
    private static final GazetteerNerAnnotator TAGGER = new GazetteerNerAnnotator(KbpGazetteer.get());

    /** "word/POS/NER" tokens separated by spaces. */
    private static String tagged(String in) {
        List<CoreLabel> toks = new ArrayList<>();
        for (String t : in.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setValue(p[0]);
            l.setTag(p[1]);
            l.setNER(p[2]);
            toks.add(l);
        }
        TAGGER.tag(toks);
        return String.join(" ", toks.stream().map(t -> t.word() + "/" + t.ner()).toList());
    }

    @Test
    void placesAmongLocationsGetTheirFineType() {
        assertThat(tagged("Talks/NNS/O in/IN/O Ohio/NNP/LOCATION and/CC/O France/NNP/LOCATION ended/VBD/O"))
                .isEqualTo("Talks/O in/O Ohio/STATE_OR_PROVINCE and/O France/COUNTRY ended/O");
    }

    @Test
    void aCityRefinesOnlyALocation() {
        // "Paris" as a person's name (PERSON) or untagged stays as it is: CITY never overwrites by default
        assertThat(tagged("Paris/NNP/PERSON smiled/VBD/O")).isEqualTo("Paris/PERSON smiled/O");
        assertThat(tagged("the/DT/O paris/NN/O agreement/NN/O")).isEqualTo("the/O paris/O agreement/O");
        assertThat(tagged("in/IN/O Paris/NNP/LOCATION")).isEqualTo("in/O Paris/CITY");
    }

    @Test
    void untaggedTitlesAndNationalitiesAreFound() {
        assertThat(tagged("the/DT/O French/JJ/O senator/NN/O spoke/VBD/O"))
                .isEqualTo("the/O French/NATIONALITY senator/TITLE spoke/O");
    }

    @Test
    void aPhraseNeverCutsAcrossATaggedName() {
        // "Mark Senator" is one PERSON: the title entry "senator" would cut it
        assertThat(tagged("Mark/NNP/PERSON Senator/NNP/PERSON arrived/VBD/O"))
                .isEqualTo("Mark/PERSON Senator/PERSON arrived/O");
    }

    @Test
    void aMatchNeedsANounOrAdjective() {
        // the same word as a verb is no title
        assertThat(tagged("they/PRP/O president/VB/O")).isEqualTo("they/O president/O");
        assertThat(tagged("they/PRP/O president/NN/O")).isEqualTo("they/O president/TITLE");
    }

    @Test
    void theLongerOfTwoOverlappingPhrasesWins() {
        assertThat(tagged("New/NNP/LOCATION York/NNP/LOCATION City/NNP/LOCATION"))
                .isEqualTo("New/CITY York/CITY City/CITY");
        assertThat(tagged("the/DT/O prime/JJ/O minister/NN/O"))
                .isEqualTo("the/O prime/TITLE minister/TITLE");
    }

    @Test
    void regularExpressionEntriesMatchToo() {
        // the cased file's state abbreviations are patterns with an optional full stop
        assertThat(tagged("Dayton/NNP/LOCATION ,/,/O Calif./NNP/LOCATION")).endsWith("Calif./STATE_OR_PROVINCE");
    }
}
