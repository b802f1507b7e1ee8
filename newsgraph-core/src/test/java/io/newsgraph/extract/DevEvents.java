package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.eval.CameoRootNames;
import io.newsgraph.eval.EventErrors;
import io.newsgraph.eval.EventScorer;
import io.newsgraph.eval.EventSentence;
import io.newsgraph.eval.EventSetReader;
import io.newsgraph.eval.FoundEvent;
import io.newsgraph.eval.ScoreTable;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.SharedPipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Developer loop only: scores the event set with CoreNLP annotations cached under
 * target/dev-cache/events (a rerun after a rule change takes seconds); ids given as arguments also
 * print their tokens, parse and frames.
 */
public final class DevEvents {
    private DevEvents() {
    }

    public static void main(String[] args) throws Exception {
        Path set = Path.of("newsgraph-core/src/test/resources/eval/events/event-sentences.tsv");
        List<EventSentence> sentences = EventSetReader.read(set);
        Set<String> show = Set.of(args);
        List<FoundEvent> found = new ArrayList<>();
        for (EventSentence s : sentences) {
            AnnotatedArticle aa = annotated(new Article(s.id(), "t", "dev", "2025-03-14", null, null, null, s.text()));
            ArticleExtraction x = ExtractorChain.extractWithDefaults(aa);
            for (Frame f : x.frames()) {
                if (f.agent() == null || !f.predicate().eventLike()) {
                    continue;
                }
                for (Mention o : f.objects()) {
                    found.add(new FoundEvent(s.id(), f.predicate(), f.agent().name(), o.name(), f.polarity(), f.modality()));
                }
            }
            if (show.contains(s.id())) {
                print(aa, x);
            }
        }
        EventScorer.Result r = new EventScorer().score(sentences, found);
        System.out.print(ScoreTable.render("predicate", r.perPredicate()));
        System.out.print(ScoreTable.render("cameo root", CameoRootNames.label(r.perRoot())));
        System.out.print(EventErrors.describe(sentences, r, 500));
    }

    private static void print(AnnotatedArticle aa, ArticleExtraction x) {
        for (CoreMap s : aa.doc().get(CoreAnnotations.SentencesAnnotation.class)) {
            StringBuilder b = new StringBuilder();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                b.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
            }
            System.out.println(b);
            System.out.println(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
        }
        x.frames().forEach(f -> System.out.println("frame " + f));
        x.mentions().forEach(m -> System.out.println("mention " + m));
    }

    private static AnnotatedArticle annotated(Article a) throws Exception {
        Path dir = TestGraphs.buildDir().resolve("dev-cache/events");
        Files.createDirectories(dir);
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(true);
        Path f = dir.resolve(a.id() + ".pb");
        Path t = dir.resolve(a.id() + ".txt");
        if (Files.exists(f) && Files.exists(t) && Files.readString(t).equals(a.text())) {
            try (InputStream in = Files.newInputStream(f)) {
                Annotation doc = ser.read(in).first;
                return new AnnotatedArticle(a, doc, 0);
            }
        }
        AnnotatedArticle aa = SharedPipeline.get().annotate(a);
        try (OutputStream os = Files.newOutputStream(f)) {
            ser.write(aa.doc(), os);
        }
        Files.writeString(t, a.text());
        return aa;
    }
}
