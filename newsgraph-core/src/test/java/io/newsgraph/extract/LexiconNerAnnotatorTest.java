package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast pipeline's own fine-grained tags, on tokens tagged by hand as plain NER leaves them. */
class LexiconNerAnnotatorTest {
    /** "word/NER" tokens separated by spaces; "_" joins the words of one token. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : tagged.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0].replace('_', ' '));
            l.setOriginalText(l.word());
            l.setNER(p[1]);
            l.setBefore(out.isEmpty() ? "" : " ");
            out.add(l);
        }
        return out;
    }

    private static String tagged(String in) {
        List<CoreLabel> toks = tokens(in);
        LexiconNerAnnotator.tagPlaces(toks);
        LexiconNerAnnotator.tagDemonymsAndTitles(toks);
        return String.join(" ", toks.stream().map(t -> t.word() + "/" + t.ner()).toList());
    }

    @Test
    void countriesAndCapitalsAmongLocationsGetTheirType() {
        assertThat(tagged("Talks/O in/O Moscow/LOCATION and/O the/O United/LOCATION Kingdom/LOCATION ended/O"))
                .isEqualTo("Talks/O in/O Moscow/CITY and/O the/O United/COUNTRY Kingdom/COUNTRY ended/O");
    }

    @Test
    void otherLocationsKeepTheirTag() {
        assertThat(tagged("near/O Lake/LOCATION Varden/LOCATION")).isEqualTo("near/O Lake/LOCATION Varden/LOCATION");
    }

    @Test
    void capitalisedDemonymsBecomeNationalities() {
        assertThat(tagged("the/O Russian/MISC delegation/O and/O French/O officials/O"))
                .isEqualTo("the/O Russian/NATIONALITY delegation/O and/O French/NATIONALITY officials/O");
    }

    @Test
    void titlesOfTheLexiconOnUntaggedWordsBecomeTitles() {
        assertThat(tagged("Maria/PERSON Lind/PERSON ,/O the/O vice/O president/O ,/O spoke/O"))
                .isEqualTo("Maria/PERSON Lind/PERSON ,/O the/O vice/TITLE president/TITLE ,/O spoke/O");
    }

    @Test
    void titleWordsInsideANameKeepTheNameTag() {
        assertThat(tagged("President/ORGANIZATION Hotels/ORGANIZATION hired/O staff/O"))
                .isEqualTo("President/ORGANIZATION Hotels/ORGANIZATION hired/O staff/O");
    }
}
