package io.newsgraph.nlp;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * How the CoreNLP pipeline is built. The defaults are the measured choice for news text (see
 * shared/notes/corenlp.md): fine-grained NER for titles and countries, UD dependencies, and
 * fastneural coreference. Measured on the five seed articles (warm, one thread): fastneural 368
 * tokens/s with 2.3 GB heap used, statistical 322 tokens/s with 3.0 GB, the same seed scores;
 * the system property newsgraph.coref=statistical switches back.
 */
public record NlpSettings(String corefAlgorithm, boolean coref) {
    public static NlpSettings defaults() {
        return new NlpSettings(System.getProperty("newsgraph.coref", "fastneural"), true);
    }

    /** The annotators this pipeline runs, in order; extractors declare requirements against these names. */
    public String annotators() {
        return "tokenize,ssplit,pos,lemma,ner,depparse" + (coref ? ",coref" : "");
    }

    /** The annotator names, for the extractors' requirement checks. */
    public Set<String> annotatorSet() {
        return Set.of(annotators().split(","));
    }

    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators());
        // Headlines, captions and list items sit on their own lines after cleaning: a newline ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        if (coref) {
            p.setProperty("coref.algorithm", corefAlgorithm.toLowerCase(Locale.ROOT));
            p.setProperty("coref.md.type", "dep");
        }
        return p;
    }
}
