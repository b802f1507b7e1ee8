package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A CoreNLP annotator whose models load on a thread of their own. CoreNLP builds a pipeline's
 * annotators one after the other on the calling thread (its annotator pool holds a lock while it
 * builds one), and NER and the dependency parser are about three quarters of that time; started
 * before the pipeline is built ({@link #startLoading}), they load side by side with the tokenizer
 * and tagger, and the pipeline only waits for them where it needs them. The annotator itself is
 * CoreNLP's own, with the same properties: only the thread that loads it differs. One load per
 * JVM for each kind and set of properties, as CoreNLP's own annotator cache keeps them.
 */
abstract class PreloadedAnnotator implements Annotator {
    private static final Map<String, BackgroundLoad<Annotator>> LOADS = new ConcurrentHashMap<>();

    private final Annotator loaded;

    protected PreloadedAnnotator(String kind, Properties props, Function<Properties, Annotator> build) {
        this.loaded = load(kind, props, build).get();
    }

    /** Starts loading NER and the dependency parser for these pipeline properties, if not started already. */
    static void startLoading(Properties props) {
        load(PreloadedNer.KIND, props, PreloadedNer::build);
        load(PreloadedDepparse.KIND, props, PreloadedDepparse::build);
    }

    /** How many loads were started (one per kind and set of properties). */
    static int loadsStarted() {
        return LOADS.size();
    }

    /** Forgets every loaded annotator, so that their models can be collected (the bench's baseline is measured and dropped). */
    static void forgetAll() {
        LOADS.clear();
    }

    private static BackgroundLoad<Annotator> load(String kind, Properties props, Function<Properties, Annotator> build) {
        TreeMap<Object, Object> relevant = new TreeMap<>(props);
        relevant.remove("annotators"); // CoreNLP rewrites the list (ssplit folds into tokenize) before it builds
        return LOADS.computeIfAbsent(kind + " " + relevant, key -> {
            Properties copy = new Properties();
            copy.putAll(props);
            return new BackgroundLoad<>("the " + kind + " models", () -> build.apply(copy)).start();
        });
    }

    @Override
    public void annotate(Annotation annotation) {
        loaded.annotate(annotation);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return loaded.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return loaded.requires();
    }
}
