package io.newsgraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * CoreNLP annotations of the sentences the extractor unit tests use, checked in as CoreNLP's own
 * protocol-buffer serialization, so those tests run in milliseconds without loading the models
 * (about 30 s and 3 GB). One gzipped file per (date, text), named by a digest of both.
 *
 * <p>A test whose text has no file fails and says how to record it:
 * {@code mvn -B verify -pl newsgraph-core -Dtest='*Extractor*Test,...' -Dnewsgraph.annotations.record=true}
 * annotates the missing texts with the real pipeline and writes their files into the source tree.
 * {@code CheckedInAnnotationsIT} re-annotates every file with the loaded models and fails when the
 * extraction from a file differs from the extraction from a fresh annotation, so a CoreNLP
 * upgrade or a settings change cannot leave the unit tests reading stale parses. The files hold the
 * full annotator set's output ({@link NlpSettings#full()}, with CoreNLP's coreference, so record with
 * {@code -Dnewsgraph.coref=fastneural}) and are recorded only with it; the default settings run no
 * coreference, and the tests then read them without their chains ({@link #asTheDefaultsAnnotate}); with
 * {@code -Dnewsgraph.nlp=fast} the unit tests still read them (they test the extractors, not the
 * annotators), and that freshness check reports the texts whose extraction the fast set changes.
 */
public final class CheckedInAnnotations {
    public static final String RECORD_PROPERTY = "newsgraph.annotations.record";
    private static final String SUFFIX = ".pb.gz";

    private CheckedInAnnotations() {
    }

    /** The folder in the source tree (tests run from the project folder). */
    public static Path folder() {
        return TestGraphs.repoRoot().resolve("newsgraph-core/src/test/resources/annotations");
    }

    /** The checked-in annotation of this article's text and date; recorded first when asked to. */
    public static AnnotatedArticle of(Article article) {
        Path file = folder().resolve(key(article) + SUFFIX);
        if (Files.exists(file)) {
            return new AnnotatedArticle(article, asTheDefaultsAnnotate(read(file)), 0);
        }
        if (!Boolean.getBoolean(RECORD_PROPERTY)) {
            throw new AssertionError("no checked-in annotation for the test text \"" + abbreviate(article.text())
                    + "\" (" + file.getFileName() + "): rerun the test with -D" + RECORD_PROPERTY + "=true to record it");
        }
        if (!SharedPipeline.get().settings().equals(NlpSettings.full())) {
            // The files are keyed by date and text only: they must all come from one annotator set, the full one.
            throw new AssertionError("checked-in annotations are recorded with the full annotator set; this JVM runs "
                    + SharedPipeline.get().settings().label() + " (drop -D" + NlpSettings.NLP_PROPERTY + " and set -D"
                    + NlpSettings.COREF_PROPERTY + "=fastneural)");
        }
        AnnotatedArticle fresh = SharedPipeline.get().annotate(article);
        write(file, fresh.doc());
        return fresh;
    }

    /**
     * The stored (full set) annotation as the default settings would have made it: without the
     * coreference chains when the defaults run no coreference, so the extractor tests exercise the
     * project's own links then. Everything else the coref annotator adds, the extractors do not read.
     */
    public static Annotation asTheDefaultsAnnotate(Annotation stored) {
        if (!NlpSettings.defaults().coref()) {
            stored.remove(edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
        }
        return stored;
    }

    /** Every checked-in file, for the freshness check. */
    public static List<Path> files() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Annotation read(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new ProtobufAnnotationSerializer(true).read(in).first;
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(file + ": not a readable CoreNLP annotation: " + e, e);
        }
    }

    static void write(Path file, Annotation doc) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                new ProtobufAnnotationSerializer(true).write(doc, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name: the document date matters as much as the text (time expressions anchor on it). */
    public static String key(Article article) {
        String date = CoreNlpPipeline.documentDate(article.published());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(((date == null ? "" : date) + "\n" + article.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
