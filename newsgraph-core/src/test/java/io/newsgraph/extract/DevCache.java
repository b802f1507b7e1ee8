package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.SharedPipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer loop only: annotates the seeds once and caches the CoreNLP documents under target/. */
public final class DevCache {
    private DevCache() {
    }

    public static List<AnnotatedArticle> seeds() throws Exception {
        Path dir = TestGraphs.devCacheDir();
        Files.createDirectories(dir);
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(true);
        List<AnnotatedArticle> out = new ArrayList<>();
        for (Article a : SeedArticles.load()) {
            Path f = dir.resolve(a.id() + ".pb");
            Path t = dir.resolve(a.id() + ".txt");
            if (Files.exists(f) && Files.exists(t) && Files.readString(t).equals(a.text())) {
                try (InputStream in = Files.newInputStream(f)) {
                    Annotation doc = ser.read(in).first;
                    out.add(new AnnotatedArticle(a, doc, 0));
                }
                continue;
            }
            AnnotatedArticle aa = SharedPipeline.get().annotate(a);
            try (OutputStream os = Files.newOutputStream(f)) {
                ser.write(aa.doc(), os);
            }
            Files.writeString(t, a.text());
            out.add(aa);
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.currentTimeMillis();
        List<AnnotatedArticle> docs = seeds();
        System.out.println("docs " + docs.size() + " in " + (System.currentTimeMillis() - t0) + " ms");
    }
}
