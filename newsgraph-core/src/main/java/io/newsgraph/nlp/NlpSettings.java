package io.newsgraph.nlp;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * How the CoreNLP pipeline is built. The default is the measured choice for news text (see
 * shared/notes/corenlp.md and README "Cutting annotation time"): plain NER followed by the
 * hash-table form of CoreNLP's fine-grained step ({@link GazetteerNerAnnotator}: the same tags,
 * token for token, at a fraction of the time and load), UD dependencies, and no CoreNLP coreference:
 * the project's own pronoun and description links (extract.OwnAntecedents) keep every seed,
 * Re-DocRED and event score at about half the CPU time.
 *
 * <p>{@code -Dnewsgraph.nlp=full} runs CoreNLP's own fine-grained step instead (the bench's
 * baseline); {@code -Dnewsgraph.coref} picks the coreference algorithm: fastneural, statistical, or
 * none (the default). README "Performance" gives the measured speed and quality of each.
 */
public record NlpSettings(String corefAlgorithm, boolean coref, boolean fast) {
    public static final String NLP_PROPERTY = "newsgraph.nlp";
    public static final String COREF_PROPERTY = "newsgraph.coref";
    /** The name under which the hash-table form of CoreNLP's fine-grained NER step runs in the pipeline. */
    public static final String GAZETTEER_NER = "gazner";
    /** CoreNLP's names for its NER and parser when they load beside the rest ({@link PreloadedAnnotator}). */
    static final String PRELOADED_NER = "preloadedner";
    static final String PRELOADED_DEPPARSE = "preloadeddepparse";
    private static final Set<String> COREF_ALGORITHMS = Set.of("fastneural", "statistical", "none");
    /** CoreNLP's coreference is off unless asked for: the own links keep the scores (README "Cutting annotation time"). */
    public static final String DEFAULT_COREF = "none";

    public NlpSettings {
        corefAlgorithm = corefAlgorithm.toLowerCase(Locale.ROOT);
        if (!COREF_ALGORITHMS.contains(corefAlgorithm)) {
            throw new IllegalArgumentException("-D" + COREF_PROPERTY + "=" + corefAlgorithm
                    + ": unknown coreference algorithm (fastneural, statistical or none)");
        }
        coref = coref && !corefAlgorithm.equals("none");
    }

    /** The settings the system properties ask for; without any, fast NER with {@value #DEFAULT_COREF} coreference. */
    public static NlpSettings defaults() {
        String mode = System.getProperty(NLP_PROPERTY, "fast").toLowerCase(Locale.ROOT);
        if (!mode.equals("full") && !mode.equals("fast")) {
            throw new IllegalArgumentException("-D" + NLP_PROPERTY + "=" + mode + ": unknown pipeline (full or fast)");
        }
        String coref = System.getProperty(COREF_PROPERTY, DEFAULT_COREF);
        return new NlpSettings(coref, true, mode.equals("fast"));
    }

    /** The full annotator set with CoreNLP's coreference: the baseline `bench extract` measures the chosen settings against. */
    public static NlpSettings full() {
        return new NlpSettings("fastneural", true, false);
    }

    /** A short name for reports: "full/fastneural", "fast/none". */
    public String label() {
        return (fast ? "fast" : "full") + "/" + (coref ? corefAlgorithm : "none");
    }

    /** The annotators this pipeline runs, in order; extractors declare requirements against these names. */
    public String annotators() {
        return annotators("ner", "depparse");
    }

    /** The annotator list with the names NER and the parser run under. */
    private String annotators(String ner, String depparse) {
        return "tokenize,ssplit,pos,lemma," + ner + (fast ? "," + GAZETTEER_NER : "") + "," + depparse + (coref ? ",coref" : "");
    }

    /** The annotator names, for the extractors' requirement checks. */
    public Set<String> annotatorSet() {
        return Set.of(annotators().split(","));
    }

    /**
     * The CoreNLP properties. NER and the dependency parser run under names of their own
     * ({@value #PRELOADED_NER}, {@value #PRELOADED_DEPPARSE}): the same CoreNLP annotators, loaded on
     * threads of their own while the pipeline is built ({@link PreloadedAnnotator}).
     */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators(PRELOADED_NER, PRELOADED_DEPPARSE));
        p.setProperty("customAnnotatorClass." + PRELOADED_NER, PreloadedNer.class.getName());
        p.setProperty("customAnnotatorClass." + PRELOADED_DEPPARSE, PreloadedDepparse.class.getName());
        // Headlines, captions and list items sit on their own lines after cleaning: a newline ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", Boolean.toString(!fast));
        p.setProperty("ner.buildEntityMentions", "true");
        if (fast) {
            p.setProperty("customAnnotatorClass." + GAZETTEER_NER, GazetteerNerAnnotator.class.getName());
        }
        if (coref) {
            p.setProperty("coref.algorithm", corefAlgorithm);
            p.setProperty("coref.md.type", "dep");
        }
        return p;
    }
}
