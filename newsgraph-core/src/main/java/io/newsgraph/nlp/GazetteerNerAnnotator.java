package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.nlp.KbpGazetteer.Entry;
import io.newsgraph.nlp.KbpGazetteer.PatternEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step done with hash lookups: after plain NER, phrases of the KBP
 * gazetteers ({@link KbpGazetteer}) relabel tokens (a LOCATION "Ohio" becomes STATE_OR_PROVINCE,
 * an untagged "senator" TITLE), under the same rules as CoreNLP's TokensRegexNER with the settings
 * fine-grained NER uses: overlapping matches resolved by priority, then length, then file order;
 * a match needs a noun or adjective among its words; it never cuts across a name already tagged;
 * a tagged name is relabelled only when the entry names its type as overwritable, or the type is
 * O, MISC or a gazetteer type and the entry is no CITY (a CITY only refines a LOCATION). The
 * result is checked against CoreNLP's own step token by token ({@code GazetteerNerParityIT}).
 */
public final class GazetteerNerAnnotator implements Annotator {
    /** CoreNLP's fine-grained setting: at least one word of a match is a noun or an adjective. */
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    /** The types a CITY entry does not overwrite by default (CoreNLP's noDefaultOverwriteLabels). */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");

    private final KbpGazetteer gazetteer;
    /** Labels CoreNLP's step may always replace: the background ones and its own. */
    private final Set<String> replaceable = new HashSet<>();

    /** CoreNLP builds custom annotators reflectively with their name and the pipeline properties. */
    public GazetteerNerAnnotator(String name, Properties props) {
        this(KbpGazetteer.get());
    }

    GazetteerNerAnnotator(KbpGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        replaceable.add("O");
        replaceable.add("MISC");
        replaceable.addAll(gazetteer.types());
    }

    record Match(int start, int end, Entry entry) {
        int length() {
            return end - start;
        }
    }

    /** CoreNLP's order for overlapping matches: priority, then length, then file order, then position. */
    private static final Comparator<Match> PREFERENCE = Comparator
            .comparingDouble((Match m) -> -m.entry().priority())
            .thenComparingInt(m -> -m.length())
            .thenComparingInt(m -> m.entry().order())
            .thenComparingInt(Match::start)
            .thenComparingInt(Match::end);

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    /** Relabels the tokens of one sentence. */
    public void tag(List<CoreLabel> sentence) {
        NerTokens toks = NerTokens.of(sentence);
        for (Match m : nonOverlapping(candidates(toks.words()))) {
            if (hasNounOrAdjective(toks, m) && mayOverwrite(toks, m)) {
                for (int k = m.start(); k < m.end(); k++) {
                    toks.setNer(k, m.entry().type());
                }
            }
        }
        for (CoreLabel t : sentence) {
            t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, t.ner());
        }
    }

    /** Every phrase of the gazetteer found in the sentence, overlaps included. */
    List<Match> candidates(List<String> words) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int longest = Math.min(gazetteer.longestFrom(words.get(i)), words.size() - i);
            for (int n = 1; n <= longest; n++) {
                if (words.get(i + n - 1).chars().anyMatch(Character::isWhitespace)) {
                    break; // a phrase's words hold no space, so no token with one is part of it
                }
                for (Entry e : gazetteer.lookup(words.subList(i, i + n))) {
                    out.add(new Match(i, i + n, e));
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            for (PatternEntry p : gazetteer.patternsStarting(words.get(i))) {
                int n = p.tokens().length;
                if (i + n <= words.size() && matchesAt(words, i, p.tokens())) {
                    out.add(new Match(i, i + n, p.entry()));
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(List<String> words, int i, Pattern[] tokens) {
        for (int k = 0; k < tokens.length; k++) {
            if (!tokens[k].matcher(words.get(i + k)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The preferred matches that do not overlap one preferred before them, in text order. */
    static List<Match> nonOverlapping(List<Match> candidates) {
        List<Match> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        List<Match> kept = new ArrayList<>();
        for (Match m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static boolean hasNounOrAdjective(NerTokens toks, Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            String pos = toks.tag(k);
            if (pos != null && VALID_POS.matcher(pos).matches()) {
                return true;
            }
        }
        return false;
    }

    /** CoreNLP's rules for replacing what NER said (TokensRegexNERAnnotator.checkOrigNerTags). */
    private boolean mayOverwrite(NerTokens toks, Match m) {
        if (allLocations(toks, m)) {
            return true; // CoreNLP always lets a phrase relabel a run of LOCATION or GPE
        }
        String startNer = toks.ner(m.start());
        String endNer = toks.ner(m.end() - 1);
        boolean cutsBefore = startNer != null && !replaceable.contains(startNer)
                && m.start() > 0 && startNer.equals(toks.ner(m.start() - 1));
        boolean cutsAfter = endNer != null && !replaceable.contains(endNer)
                && m.end() < toks.size() && endNer.equals(toks.ner(m.end()));
        if (cutsBefore || cutsAfter) {
            return false; // the phrase would cut across a name already tagged
        }
        if (startNer == null) {
            return true;
        }
        for (int k = m.start() + 1; k < m.end(); k++) {
            if (!startNer.equals(toks.ner(k))) {
                return true; // mixed tags: CoreNLP overwrites
            }
        }
        if (m.entry().overwritable().contains(startNer)) {
            return true;
        }
        return !NO_DEFAULT_OVERWRITE.contains(m.entry().type()) && replaceable.contains(startNer);
    }

    private static boolean allLocations(NerTokens toks, Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            String ner = toks.ner(k);
            if (!"LOCATION".equals(ner) && !"GPE".equals(ner)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
