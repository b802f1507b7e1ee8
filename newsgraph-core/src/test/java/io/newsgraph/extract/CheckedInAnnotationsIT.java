package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import io.newsgraph.model.Article;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.CheckedInAnnotations;
import io.newsgraph.nlp.SharedPipeline;
import io.newsgraph.resolve.Resolver;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in annotations the extractor unit tests read are what the loaded models make of
 * the same text today: for each file, the extraction from the file and from a fresh annotation
 * are the same JSON Lines. It fails after a CoreNLP upgrade or a settings change that moves a
 * fact, naming the texts to re-record.
 */
class CheckedInAnnotationsIT {
    @Test
    void everyCheckedInAnnotationExtractsLikeAFreshOne() {
        List<Path> files = CheckedInAnnotations.files();
        assertThat(files).as("checked-in annotations in " + CheckedInAnnotations.folder()).hasSizeGreaterThan(50);
        List<String> stale = new ArrayList<>();
        for (Path file : files) {
            Annotation stored = CheckedInAnnotations.read(file);
            Article article = Extracted.article(stored.get(CoreAnnotations.TextAnnotation.class));
            String fromFile = extracted(new AnnotatedArticle(article, CheckedInAnnotations.asTheDefaultsAnnotate(stored), 0));
            String fromFresh = extracted(SharedPipeline.get().annotate(article));
            if (!fromFile.equals(fromFresh)) {
                stale.add(file.getFileName() + " (\"" + article.text() + "\")\n" + firstDifference(fromFile, fromFresh));
            }
        }
        assertThat(stale).as("annotations that no longer match the models: delete them and rerun the extractor tests with -D"
                + CheckedInAnnotations.RECORD_PROPERTY + "=true").isEmpty();
    }

    @Test
    void everyFileIsNamedByItsTextAndTheTestDate() {
        for (Path file : CheckedInAnnotations.files()) {
            Annotation stored = CheckedInAnnotations.read(file);
            Article article = Extracted.article(stored.get(CoreAnnotations.TextAnnotation.class));
            assertThat(stored.get(CoreAnnotations.DocDateAnnotation.class)).as(file.toString()).isEqualTo("2025-03-14");
            assertThat(file.getFileName().toString()).startsWith(CheckedInAnnotations.key(article));
        }
    }

    private static String firstDifference(String fromFile, String fromFresh) {
        List<String> a = fromFile.lines().toList();
        List<String> b = fromFresh.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "(none)";
            String y = i < b.size() ? b.get(i) : "(none)";
            if (!x.equals(y)) {
                return "  line " + (i + 1) + " from the file:  " + x + "\n  line " + (i + 1) + " from the models: " + y;
            }
        }
        return "";
    }

    private static String extracted(AnnotatedArticle annotated) {
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(Resolver.resolve(List.of(annotated.article()), List.of(Extracted.CHAIN.extract(annotated))), out);
        return out.toString();
    }
}
