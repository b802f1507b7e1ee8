package io.newsgraph.nlp;

/**
 * The one CoreNLP pipeline of this JVM, loaded on first use. Loading takes tens of seconds and
 * gigabytes, so commands, benchmarks and every test class share this instance. The test JVMs
 * also share what it annotated ({@link AnnotationMemo}, set in the build's test configuration).
 */
public final class SharedPipeline {
    private SharedPipeline() {
    }

    private static final class Holder {
        static final CoreNlpPipeline INSTANCE = new CoreNlpPipeline(NlpSettings.defaults(), AnnotationMemo.fromSystemProperty());
    }

    public static CoreNlpPipeline get() {
        return Holder.INSTANCE;
    }

    /** The same models without the test JVMs' annotation memo: benchmarks time every annotation for real. */
    public static CoreNlpPipeline unmemoized() {
        return Holder.INSTANCE.withoutMemo();
    }
}
