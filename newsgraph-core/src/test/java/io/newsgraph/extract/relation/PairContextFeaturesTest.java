package io.newsgraph.extract.relation;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PairContextFeaturesTest {
    /** Tokens separated by spaces with their character offsets; a token starting with "~" touches the one before. */
    private static List<CoreLabel> tokens(String spec) {
        List<CoreLabel> out = new ArrayList<>();
        int pos = 0;
        for (String t : spec.split(" ")) {
            boolean glued = t.startsWith("~");
            String w = glued ? t.substring(1) : t;
            pos += out.isEmpty() || glued ? 0 : 1;
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setOriginalText(w);
            l.setLemma(w.toLowerCase());
            l.setTag(w.equals("in") ? "IN" : "NNP");
            l.setNER("O");
            l.setBeginPosition(pos);
            pos += w.length();
            l.setEndPosition(pos);
            out.add(l);
        }
        return out;
    }

    private static List<String> features(List<CoreLabel> toks, Candidate.Argument head, Candidate.Argument tail) {
        List<String> f = new ArrayList<>();
        PairContextFeatures.add(f, toks, null, new Candidate(0, head, tail), "LOCATION>LOCATION");
        return f;
    }

    @Test
    void aSentenceFinalPeriodIsToldApartByWhetherItTouchesTheWordAndWhetherTheWordIsAbbreviated() {
        List<CoreLabel> glued = tokens("Addis Ababa , Ethiopia ~.");
        Candidate.Argument addis = Candidate.Argument.of(0, 2, EntityType.LOCATION);
        Candidate.Argument ethiopia = Candidate.Argument.of(3, 4, EntityType.LOCATION);

        assertThat(features(glued, addis, ethiopia)).contains("tper=out|glued|word").noneMatch(s -> s.startsWith("hper="));
        assertThat(features(glued, addis, ethiopia.widened(3, 5, "period"))).contains("tper=in|glued|word");

        List<CoreLabel> spaced = tokens("Chisholm , Minn .");
        assertThat(features(spaced, Candidate.Argument.of(0, 1, EntityType.LOCATION), Candidate.Argument.of(2, 3, EntityType.LOCATION)))
                .contains("tper=out|spaced|abbr");
    }

    @Test
    void theWordsBetweenArePairedWithTheArgumentTypes() {
        List<CoreLabel> toks = tokens("Boise in Idaho");

        assertThat(features(toks, Candidate.Argument.of(0, 1, EntityType.LOCATION), Candidate.Argument.of(2, 3, EntityType.LOCATION)))
                .contains("tbw=LOCATION>LOCATION|in", "tbw1=LOCATION>LOCATION|in", "tbwL=LOCATION>LOCATION|in");
    }
}
