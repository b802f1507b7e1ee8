package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.nlp.AnnotatedArticle;

/** Developer loop only: tokens, NER and dependencies of held-out sentences (by line number), from the cache. */
public final class DevParse {
    private DevParse() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("ex:")) {
            String needle = args[0].substring(3);
            for (io.newsgraph.model.Article a : new io.newsgraph.ingest.Ingest().read(java.util.List.of("examples/articles"),
                    java.io.InputStream.nullInputStream()).articles()) {
                for (CoreMap s : DevLoop.annotated(a).doc().get(CoreAnnotations.SentencesAnnotation.class)) {
                    if (!s.get(CoreAnnotations.TextAnnotation.class).contains(needle)) {
                        continue;
                    }
                    StringBuilder b = new StringBuilder();
                    for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                        b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
                    }
                    System.out.println(b);
                    System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
                }
            }
            return;
        }
        for (UnseenSentences.Item item : UnseenSentences.load()) {
            if (!java.util.Arrays.asList(args).contains(String.valueOf(item.line()))) {
                continue;
            }
            AnnotatedArticle aa = DevLoop.annotated(UnseenSentences.article(item));
            System.out.println("=== " + item.line() + " " + item.sentence());
            for (CoreMap s : aa.doc().get(CoreAnnotations.SentencesAnnotation.class)) {
                StringBuilder b = new StringBuilder();
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
                }
                System.out.println(b);
                System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
            }
        }
    }
}
