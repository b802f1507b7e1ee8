package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsgraph.model.Article;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One loaded CoreNLP pipeline. Annotating is thread-safe (CoreNLP's annotators share only
 * read-only models), so one instance serves every worker thread of a run.
 */
public final class CoreNlpPipeline {
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    /**
     * Articles up to this many characters are annotated whole, as they always were (the longest
     * seed article has 8,600). Coreference over a longer text grows faster than its length: on
     * one repeated sentence, 281 tokens/s at 5,000 characters, 111 tokens/s and 1.1 GB more heap
     * at 40,000, and a 100,000-character article ran out of a 4 GB heap.
     */
    public static final int WHOLE_MAX_CHARS = 20_000;
    /** Longer articles are annotated in pieces of at most this size; coreference links stay within a piece. */
    public static final int CHUNK_CHARS = 10_000;

    private final StanfordCoreNLP corenlp;
    private final NlpSettings settings;
    private final long loadMillis;
    /** What this pipeline annotated, kept for the next caller with the same text; null (none) outside tests. */
    private final AnnotationMemo memo;

    public CoreNlpPipeline(NlpSettings settings) {
        this(settings, null);
    }

    /** A pipeline that keeps what it annotated in {@code memo} (null: none), for {@link SharedPipeline} in test JVMs. */
    CoreNlpPipeline(NlpSettings settings, AnnotationMemo memo) {
        long t0 = System.nanoTime();
        this.settings = settings;
        this.memo = memo;
        if (settings.fast()) {
            KbpGazetteer.preload();
        }
        Properties props = settings.properties();
        PreloadedAnnotator.startLoading(props);
        this.corenlp = new StanfordCoreNLP(props);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The same loaded models with no memo: every text annotated afresh. */
    private CoreNlpPipeline(CoreNlpPipeline models) {
        this.settings = models.settings;
        this.corenlp = models.corenlp;
        this.loadMillis = models.loadMillis;
        this.memo = null;
    }

    /** This pipeline without its memo, sharing its models (see {@link SharedPipeline#unmemoized()}). */
    CoreNlpPipeline withoutMemo() {
        return memo == null ? this : new CoreNlpPipeline(this);
    }

    /**
     * Drops every model loaded so far in this JVM (CoreNLP's annotator cache and the project's
     * own), so that they can be collected: the bench measures the full set first and drops it.
     */
    public static void forgetLoadedModels() {
        StanfordCoreNLP.clearAnnotatorPool();
        PreloadedAnnotator.forgetAll();
    }

    public NlpSettings settings() {
        return settings;
    }

    /** Wall time spent loading the models, reported apart from annotation time. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Seconds spent so far in each annotator, over every article this pipeline annotated. */
    public AnnotatorTimes annotatorTimes() {
        return AnnotatorTimes.parse(corenlp.timingInformation());
    }

    /** The annotator names this pipeline provides, for extractor requirement checks. */
    public Set<String> provides() {
        return settings.annotatorSet();
    }

    /**
     * Annotates one article's cleaned text, with its own publication date as the document date.
     * A text longer than {@link #WHOLE_MAX_CHARS} is annotated in pieces cut between sentences
     * and merged into one annotation with article-wide offsets ({@link AnnotationMerger}). With a
     * memo ({@link AnnotationMemo}, tests only), a text annotated before gives the same annotation.
     */
    public AnnotatedArticle annotate(Article article) {
        long t0 = System.nanoTime();
        String date = documentDate(article.published());
        String text = article.text();
        Annotation doc = memo == null ? annotateText(text, date) : memo.get(text, date, () -> annotateText(text, date));
        return new AnnotatedArticle(article, doc, System.nanoTime() - t0);
    }

    /** A whole text, or its pieces merged when it is longer than {@link #WHOLE_MAX_CHARS}. */
    private Annotation annotateText(String text, String date) {
        if (text.length() <= WHOLE_MAX_CHARS) {
            return annotate(text, date);
        }
        AnnotationMerger merger = new AnnotationMerger(text);
        for (TextChunks.Chunk chunk : TextChunks.split(text, CHUNK_CHARS)) {
            merger.add(chunk, annotate(chunk.of(text), date));
        }
        Annotation doc = merger.merged();
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        return doc;
    }

    private Annotation annotate(String text, String date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        corenlp.annotate(doc);
        return doc;
    }

    /** "2024" or "2024-10" become a full ISO date CoreNLP's time expressions can anchor on; junk gives null. */
    public static String documentDate(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = DATE.matcher(published.trim());
        if (!m.find()) {
            return null;
        }
        return m.group(1) + "-" + (m.group(2) == null ? "01" : m.group(2)) + "-" + (m.group(3) == null ? "01" : m.group(3));
    }
}
