package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.nlp.NlpSettings;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The fine-grained NER types the extractors read, from the project's own lexicons, applied after
 * CoreNLP's plain NER in the {@code fast} pipeline ({@link NlpSettings}): a LOCATION that
 * countries.tsv names becomes COUNTRY, a capital CITY; a capitalised demonym left O or MISC
 * becomes NATIONALITY; a title of titles.tsv left O becomes TITLE. CoreNLP's own fine-grained
 * step matches a gazetteer of hundreds of thousands of phrases and costs more than the plain NER
 * it refines; these lists hold the few hundred entries the rules use.
 */
public final class LexiconNerAnnotator implements Annotator {
    /** Longest title of titles.tsv in words ("first deputy prime minister"). */
    private static final int MAX_TITLE_WORDS = 4;

    /** CoreNLP builds custom annotators reflectively with their name and the pipeline properties. */
    public LexiconNerAnnotator(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
            tagPlaces(toks);
            tagDemonymsAndTitles(toks);
        }
    }

    /** Runs of LOCATION tokens that name a country or a capital get that type. */
    static void tagPlaces(List<CoreLabel> toks) {
        int i = 0;
        while (i < toks.size()) {
            if (!"LOCATION".equals(toks.get(i).ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && "LOCATION".equals(toks.get(j).ner())) {
                j++;
            }
            String name = MentionExtractor.join(toks, i, j);
            Gazetteer g = Gazetteer.get();
            String type = g.country(name).isPresent() ? "COUNTRY" : g.isCapital(name) ? "CITY" : null;
            if (type != null) {
                for (int k = i; k < j; k++) {
                    tag(toks.get(k), type);
                }
            }
            i = j;
        }
    }

    static void tagDemonymsAndTitles(List<CoreLabel> toks) {
        int i = 0;
        while (i < toks.size()) {
            CoreLabel t = toks.get(i);
            String ner = t.ner();
            if (("O".equals(ner) || "MISC".equals(ner)) && Character.isUpperCase(t.word().charAt(0))
                    && Gazetteer.get().country(t.word()).isEmpty() && Gazetteer.get().countryOfDemonym(t.word()).isPresent()) {
                tag(t, "NATIONALITY");
                i++;
                continue;
            }
            int n = titleAt(toks, i);
            for (int k = i; k < i + n; k++) {
                tag(toks.get(k), "TITLE");
            }
            i += Math.max(1, n);
        }
    }

    /** Words of the longest title of titles.tsv starting at {@code i} over untagged tokens, or 0. */
    private static int titleAt(List<CoreLabel> toks, int i) {
        for (int n = Math.min(MAX_TITLE_WORDS, toks.size() - i); n > 0; n--) {
            boolean untagged = true;
            for (int k = i; k < i + n && untagged; k++) {
                untagged = "O".equals(toks.get(k).ner());
            }
            if (untagged) {
                List<String> words = toks.subList(i, i + n).stream().map(CoreLabel::word).toList();
                if (TitleLexicon.get().isTitle(words)) {
                    return n;
                }
            }
        }
        return 0;
    }

    private static void tag(CoreLabel t, String type) {
        t.setNER(type);
        t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, type);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
