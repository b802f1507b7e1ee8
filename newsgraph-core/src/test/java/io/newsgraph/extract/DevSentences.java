package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.SharedPipeline;

import java.util.List;

/** Developer loop only: prints tokens, parse and facts for each sentence given as an argument. */
public final class DevSentences {
    private DevSentences() {
    }

    public static void main(String[] args) {
        for (String text : args) {
            Article a = new Article("t1", "t", "dev", "2025-03-14", null, null, null, text);
            AnnotatedArticle aa = SharedPipeline.get().annotate(a);
            System.out.println("=== " + text);
            for (CoreMap s : aa.doc().get(CoreAnnotations.SentencesAnnotation.class)) {
                StringBuilder b = new StringBuilder();
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
                }
                System.out.println(b);
                System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
            }
            ArticleExtraction x = ExtractorChain.extractWithDefaults(aa);
            x.frames().forEach(f -> System.out.println("frame " + f));
            x.mentions().forEach(m -> System.out.println("mention " + m.text() + " | " + m.name() + " | " + m.type() + (m.synthetic() ? " (synthetic)" : "")));
            System.out.println(new Extracted(Resolver.resolve(List.of(a), List.of(x))));
        }
    }
}
