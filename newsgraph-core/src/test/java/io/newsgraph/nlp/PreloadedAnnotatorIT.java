package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** NER and the parser load on threads of their own once per JVM and settings, and annotate as CoreNLP's own do. */
class PreloadedAnnotatorIT {
    @Test
    void aSecondPipelineWithTheSameSettingsReusesTheLoadedModels() {
        SharedPipeline.get();
        int started = PreloadedAnnotator.loadsStarted();
        assertThat(started).isGreaterThanOrEqualTo(2);
        long t0 = System.nanoTime();
        CoreNlpPipeline again = new CoreNlpPipeline(SharedPipeline.get().settings());
        assertThat(PreloadedAnnotator.loadsStarted()).isEqualTo(started);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to build a pipeline from loaded models").isLessThan(20);

        AnnotatedArticle a = again.annotate(new Article("t", null, null, "2024-05-02", null, null, null,
                "Mayor Ines Okafor of Lagos met the right-wing senator on Friday."));
        List<CoreLabel> toks = a.doc().get(CoreAnnotations.TokensAnnotation.class);
        assertThat(toks).anyMatch(t -> t.word().equals("Okafor") && t.ner().equals("PERSON"))
                .anyMatch(t -> t.word().equals("Friday") && t.ner().equals("DATE"))
                .anyMatch(t -> t.word().equals("wing") && t.ner().equals("IDEOLOGY"));
        assertThat(a.doc().get(CoreAnnotations.SentencesAnnotation.class).get(0)
                .get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)).isNotNull();
    }
}
