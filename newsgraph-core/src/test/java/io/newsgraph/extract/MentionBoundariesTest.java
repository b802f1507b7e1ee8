package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.extract.MentionBoundaries.Run;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.newsgraph.model.EntityType.LOCATION;
import static io.newsgraph.model.EntityType.ORGANIZATION;
import static io.newsgraph.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Each boundary rule on tokens tagged by hand the way CoreNLP tags such sentences; the names are invented or common places. */
class MentionBoundariesTest {
    /** "word/TAG/NER" tokens separated by spaces. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : tagged.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setOriginalText(p[0]);
            l.setTag(p[1]);
            l.setNER(p[2]);
            l.setBefore(out.isEmpty() ? "" : " ");
            l.setIndex(out.size() + 1);
            out.add(l);
        }
        return out;
    }

    private static List<String> names(String tagged, Run... runs) {
        List<CoreLabel> toks = tokens(tagged);
        List<String> out = new ArrayList<>();
        for (Run r : MentionBoundaries.repair(toks, List.of(runs))) {
            out.add(MentionExtractor.join(toks, r.begin(), r.end()) + "/" + r.type());
        }
        return out;
    }

    private static Run run(int b, int e, EntityType t) {
        return new Run(b, e, t);
    }

    @Test
    void aPossessiveInsideAnOrganisationsNameIsPartOfIt() {
        assertThat(names("the/DT/O Farmers/NNPS/ORGANIZATION '/POS/ORGANIZATION Union/NNP/ORGANIZATION said/VBD/O",
                run(1, 2, ORGANIZATION), run(3, 4, ORGANIZATION))).containsExactly("Farmers ' Union/ORGANIZATION");
        assertThat(names("the/DT/O Growers/NNPS/O '/POS/O Union/NNP/ORGANIZATION said/VBD/O", run(3, 4, ORGANIZATION)))
                .containsExactly("Growers ' Union/ORGANIZATION");
        // An owner and what it owns stay two names: "Tarnwick 's Council" with the possessive untagged.
        assertThat(names("Tarnwick/NNP/ORGANIZATION 's/POS/O Council/NNP/ORGANIZATION met/VBD/O",
                run(0, 1, ORGANIZATION), run(2, 3, ORGANIZATION))).containsExactly("Tarnwick/ORGANIZATION", "Council/ORGANIZATION");
        // Two names of two words each around a possessive NER tagged with them: an owner and its company.
        assertThat(names("Halden/NNP/ORGANIZATION Capital/NNP/ORGANIZATION 's/POS/ORGANIZATION Grey/NNP/ORGANIZATION "
                        + "Ferries/NNPS/ORGANIZATION lost/VBD/O", run(0, 2, ORGANIZATION), run(3, 5, ORGANIZATION)))
                .containsExactly("Halden Capital/ORGANIZATION", "Grey Ferries/ORGANIZATION");
        // One word before it: one name.
        assertThat(names("Corvin/NNP/ORGANIZATION 's/POS/ORGANIZATION Investors/NNPS/ORGANIZATION Service/NNP/ORGANIZATION "
                        + "said/VBD/O", run(0, 1, ORGANIZATION), run(2, 4, ORGANIZATION)))
                .containsExactly("Corvin 's Investors Service/ORGANIZATION");
    }

    @Test
    void andInsideAnAgencysNameButNotBetweenTwoCompanies() {
        assertThat(names("the/DT/O Coastal/NNP/ORGANIZATION Fisheries/NNP/ORGANIZATION and/CC/ORGANIZATION Ocean/NNP/ORGANIZATION "
                + "Administration/NNP/ORGANIZATION said/VBD/O", run(1, 3, ORGANIZATION), run(4, 6, ORGANIZATION)))
                .containsExactly("Coastal Fisheries and Ocean Administration/ORGANIZATION");
        assertThat(names("Northwind/NNP/ORGANIZATION Energy/NNP/ORGANIZATION Group/NNP/ORGANIZATION and/CC/ORGANIZATION "
                + "Harbor/NNP/ORGANIZATION Logistics/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION", run(0, 3, ORGANIZATION), run(4, 7, ORGANIZATION)))
                .containsExactly("Northwind Energy Group/ORGANIZATION", "Harbor Logistics Ltd/ORGANIZATION");
    }

    @Test
    void placeNamesKeepTheirCommonWords() {
        assertThat(names("in/IN/O the/DT/O Sea/NN/O of/IN/O Japan/NNP/COUNTRY", run(4, 5, LOCATION)))
                .containsExactly("Sea of Japan/LOCATION");
        assertThat(names("the/DT/O Indian/NNP/NATIONALITY Ocean/NNP/LOCATION", run(2, 3, LOCATION)))
                .containsExactly("Indian Ocean/LOCATION");
        assertThat(names("through/IN/O the/DT/O Kerch/NNP/CITY Strait/NNP/O ./././O", run(2, 3, LOCATION)))
                .containsExactly("Kerch Strait/LOCATION");
        assertThat(names("the/DT/O Savannah/NNP/CITY River/NNP/TITLE Plant/NNP/LOCATION", run(1, 2, LOCATION), run(3, 4, LOCATION)))
                .containsExactly("Savannah River Plant/LOCATION");
    }

    @Test
    void anInstitutionBeforeOfAndAPlaceIsAnOrganisationButACompanysNameEndsAtItsLegalForm() {
        assertThat(names("the/DT/O Bank/NNP/O of/IN/O England/NNP/COUNTRY", run(3, 4, LOCATION)))
                .containsExactly("Bank of England/ORGANIZATION");
        assertThat(names("Dunmore/NNP/ORGANIZATION Trust/NNP/ORGANIZATION Co./NNP/ORGANIZATION of/IN/O New/NNP/STATE_OR_PROVINCE York/NNP/STATE_OR_PROVINCE",
                run(0, 3, ORGANIZATION), run(4, 6, LOCATION))).containsExactly("Dunmore Trust Co./ORGANIZATION", "New York/LOCATION");
    }

    @Test
    void aSourceLinesPlaceAndAgencyAreTwoNames() {
        assertThat(names("Paris/NNP/ORGANIZATION AFP/NNP/ORGANIZATION in/IN/O English/NNP/NATIONALITY", run(0, 2, ORGANIZATION)))
                .containsExactly("Paris/LOCATION", "AFP/ORGANIZATION");
        assertThat(names("Paris/NNP/ORGANIZATION Saint/NNP/ORGANIZATION Germain/NNP/ORGANIZATION won/VBD/O", run(0, 3, ORGANIZATION)))
                .containsExactly("Paris Saint Germain/ORGANIZATION");
    }

    @Test
    void noNameEndsInLowerCaseWordsOrPunctuation() {
        assertThat(names("the/DT/O Washington/NNP/STATE_OR_PROVINCE railroad/NN/LOCATION station/NN/LOCATION", run(1, 4, LOCATION)))
                .containsExactly("Washington/LOCATION");
        assertThat(names("eBay/NNP/ORGANIZATION -/HYPH/ORGANIZATION", run(0, 2, ORGANIZATION))).containsExactly("eBay/ORGANIZATION");
        assertThat(names("turkey/NN/COUNTRY", run(0, 1, LOCATION))).isEmpty();
        List<CoreLabel> hyphen = tokens("Lin/NNP/PERSON Wei/NNP/PERSON -/HYPH/PERSON ting/NN/PERSON said/VBD/O");
        hyphen.get(2).setBefore("");
        hyphen.get(3).setBefore("");
        assertThat(MentionBoundaries.repair(hyphen, List.of(run(0, 4, PERSON)))).containsExactly(run(0, 4, PERSON));
    }

    @Test
    void aQuotedNicknameAndAnInitialStayInsideAPersonsName() {
        List<CoreLabel> toks = tokens("Thomas/NNP/PERSON \"/``/O Tommy/NNP/PERSON \"/''/O Reilly/NNP/PERSON joined/VBD/O");
        List<Run> runs = MentionBoundaries.repair(toks, List.of(run(0, 1, PERSON), run(2, 3, PERSON), run(4, 5, PERSON)));
        assertThat(runs).containsExactly(run(0, 5, PERSON));
        assertThat(Nicknames.nickname(toks, 0, 5)).contains(2);
        assertThat(names("Datin/NNP/PERSON Dr./NNP/O Siti/NNP/PERSON Hasmah/NNP/PERSON", run(0, 1, PERSON), run(2, 4, PERSON)))
                .containsExactly("Datin Dr. Siti Hasmah/PERSON");
    }
}
