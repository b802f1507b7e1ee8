package io.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;

import java.util.Properties;

/** CoreNLP's NER (NERCombinerAnnotator), loaded beside the rest of the pipeline ({@link PreloadedAnnotator}). */
public final class PreloadedNer extends PreloadedAnnotator {
    static final String KIND = "ner";

    /** CoreNLP builds custom annotators reflectively with their name and the pipeline properties. */
    public PreloadedNer(String name, Properties props) {
        super(KIND, props, PreloadedNer::build);
    }

    static Annotator build(Properties props) {
        return new AnnotatorImplementations().ner(props);
    }
}
