package io.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import io.newsgraph.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared pipeline with its models loaded: one instance per JVM, newline sentence breaks, per-article dates. */
class CoreNlpPipelineIT {
    @Test
    void oneInstancePerJvm() {
        assertThat(SharedPipeline.get()).isSameAs(SharedPipeline.get());
        assertThat(SharedPipeline.get().provides()).contains("depparse", "ner");
        assertThat(SharedPipeline.get().provides().contains("coref")).isEqualTo(SharedPipeline.get().settings().coref());
    }

    @Test
    void newlineEndsASentenceAndDocDateComesFromTheArticle() {
        Article a = new Article("x", null, null, "2023-05", null, null, null,
                "Storm Hits Coast\nResidents left their homes yesterday.");
        AnnotatedArticle aa = SharedPipeline.get().annotate(a);
        assertThat(aa.doc().get(CoreAnnotations.SentencesAnnotation.class)).hasSize(2);
        assertThat(aa.doc().get(CoreAnnotations.DocDateAnnotation.class)).isEqualTo("2023-05-01");
        assertThat(aa.tokenCount()).isGreaterThan(5);
    }
}
