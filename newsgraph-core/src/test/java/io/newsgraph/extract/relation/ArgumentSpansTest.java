package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArgumentSpansTest {
    /** Tokens written "word/TAG/NER", separated by spaces; a token glued to the one before starts with "~". */
    private static List<CoreLabel> tokens(String spec) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : spec.split(" ")) {
            boolean glued = t.startsWith("~");
            String[] p = (glued ? t.substring(1) : t).split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setOriginalText(p[0]);
            l.setTag(p[1]);
            l.setNER(p.length > 2 ? p[2] : "O");
            l.setBefore(out.isEmpty() || glued ? "" : " ");
            out.add(l);
        }
        return out;
    }

    private static Mention mention(int begin, int end, String text, EntityType type) {
        return new Mention(0, begin, end, text, text, type, false);
    }

    private static List<String> readings(Mention m, List<CoreLabel> toks, List<Mention> all) {
        return ArgumentSpans.of(m, toks, all).stream()
                .map(a -> MentionText.of(toks, a.begin(), a.end()) + (a.variant().isEmpty() ? "" : " <" + a.variant() + ">")).toList();
    }

    @Test
    void aPersonIsAlsoReadWithTheTitlesBeforeItAndOneWordBeforeThose() {
        List<CoreLabel> toks = tokens("the/DT Roman/JJ/NATIONALITY Emperor/NNP/TITLE Julius/NNP/PERSON Caesar/NNP/PERSON died/VBD");
        Mention caesar = mention(3, 5, "Julius Caesar", EntityType.PERSON);

        assertThat(readings(caesar, toks, List.of(caesar)))
                .containsExactly("Julius Caesar", "Emperor Julius Caesar <title>", "Roman Emperor Julius Caesar <title2>");
    }

    @Test
    void courtesyTitlesWithTheirPeriodCountButLowerCaseWordsDoNot() {
        List<CoreLabel> toks = tokens("said/VBD Dr./NNP Lee/NNP/PERSON ,/, a/DT president/NN Kim/NNP/PERSON");
        Mention lee = mention(2, 3, "Lee", EntityType.PERSON);
        Mention kim = mention(6, 7, "Kim", EntityType.PERSON);

        assertThat(readings(lee, toks, List.of(lee, kim))).containsExactly("Lee", "Dr. Lee <title>");
        assertThat(readings(kim, toks, List.of(lee, kim))).containsExactly("Kim");
    }

    @Test
    void aPlaceIsAlsoReadWithItsRegionAndWithTheSentenceFinalPeriod() {
        List<CoreLabel> toks = tokens("born/VBN in/IN Concord/NNP/CITY ,/, Mass/NNP/STATE_OR_PROVINCE ~./.");
        Mention concord = mention(2, 3, "Concord", EntityType.LOCATION);
        Mention mass = mention(4, 5, "Mass", EntityType.LOCATION);

        assertThat(readings(concord, toks, List.of(concord, mass)))
                .containsExactly("Concord", "Concord , Mass <region>", "Concord , Mass. <region+period>");
        assertThat(readings(mass, toks, List.of(concord, mass))).containsExactly("Mass", "Mass. <period>");
    }

    @Test
    void aPeriodInsideTheSentenceIsNoPartOfAName() {
        List<CoreLabel> toks = tokens("He/PRP left/VBD Boise/NNP/CITY ./. Then/RB he/PRP slept/VBD");
        Mention boise = mention(2, 3, "Boise", EntityType.LOCATION);

        assertThat(readings(boise, toks, List.of(boise))).containsExactly("Boise");
    }

    @Test
    void anOrganisationIsAlsoReadWithTheAndJoinedToTheNextOneByAnd() {
        List<CoreLabel> toks = tokens("the/DT National/NNP/ORGANIZATION Aeronautics/NNP/ORGANIZATION and/CC "
                + "Space/NNP/ORGANIZATION Administration/NNP/ORGANIZATION said/VBD");
        Mention first = mention(1, 3, "National Aeronautics", EntityType.ORGANIZATION);
        Mention second = mention(4, 6, "Space Administration", EntityType.ORGANIZATION);

        assertThat(readings(first, toks, List.of(first, second))).containsExactly("National Aeronautics",
                "the National Aeronautics <the>", "National Aeronautics and Space Administration <and>");
    }

    @Test
    void aDatelinePlaceInCapitalsBeforeItsRegionIsAPlaceNamedInOrdinaryCase() {
        List<CoreLabel> toks = tokens("GRAND/NNP/CITY RAPIDS/NNP/CITY ,/, Mich./NNP/STATE_OR_PROVINCE (/-LRB- AP/NNP/ORGANIZATION )/-RRB-");
        Mention mich = mention(3, 4, "Mich.", EntityType.LOCATION);
        Mention ap = mention(5, 6, "AP", EntityType.ORGANIZATION);

        List<Mention> places = ArgumentSpans.datelinePlaces(0, toks, List.of(mich, ap));
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("GRAND RAPIDS");
            assertThat(p.name()).isEqualTo("Grand Rapids");
            assertThat(p.type()).isEqualTo(EntityType.LOCATION);
        });
        List<Candidate> candidates = RelationCandidates.of(0, toks, List.of(mich, ap));
        assertThat(candidates).anyMatch(c -> c.headBegin() == 0 && c.tailBegin() == 3);
        assertThat(candidates).as("the agency is not placed in its dateline").noneMatch(c -> c.tailBegin() == 0);
        assertThat(ArgumentSpans.datelinePlaces(0, tokens("MOSCOW/NNP/CITY --/: Putin/NNP/PERSON said/VBD"),
                List.of(mention(2, 3, "Putin", EntityType.PERSON)))).isEmpty();
    }
}
