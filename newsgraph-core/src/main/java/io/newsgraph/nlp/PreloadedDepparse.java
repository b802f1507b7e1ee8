package io.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;

import java.util.Properties;

/** CoreNLP's dependency parser (DependencyParseAnnotator), loaded beside the rest of the pipeline ({@link PreloadedAnnotator}). */
public final class PreloadedDepparse extends PreloadedAnnotator {
    static final String KIND = "depparse";

    /** CoreNLP builds custom annotators reflectively with their name and the pipeline properties. */
    public PreloadedDepparse(String name, Properties props) {
        super(KIND, props, PreloadedDepparse::build);
    }

    static Annotator build(Properties props) {
        return new AnnotatorImplementations().dependencies(props);
    }
}
