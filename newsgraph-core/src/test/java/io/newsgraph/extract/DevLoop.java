package io.newsgraph.extract;

import io.newsgraph.TestGraphs;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.SharedPipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Developer loop only: annotates any articles once (cached under target/dev-cache by text hash)
 * and runs the extractor chain and resolution on them, so rule changes are checked in seconds.
 */
public final class DevLoop {
    private DevLoop() {
    }

    public static AnnotatedArticle annotated(Article a) throws Exception {
        Path dir = TestGraphs.devCacheDir();
        Files.createDirectories(dir);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((a.published() + "\n" + a.text()).getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        Path f = dir.resolve("x-" + hash + ".pb");
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(true);
        if (Files.exists(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                Annotation doc = ser.read(in).first;
                return new AnnotatedArticle(a, doc, 0);
            }
        }
        AnnotatedArticle aa = SharedPipeline.get().annotate(a);
        try (OutputStream os = Files.newOutputStream(f)) {
            ser.write(aa.doc(), os);
        }
        return aa;
    }

    public static Graph extract(List<Article> articles) throws Exception {
        List<ArticleExtraction> xs = new ArrayList<>();
        for (Article a : articles) {
            xs.add(ExtractorChain.extractWithDefaults(annotated(a)));
        }
        return Resolver.resolve(articles, xs);
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = args.length == 0 ? List.of("examples/articles") : List.of(args);
        List<Article> articles = new Ingest().read(inputs, InputStream.nullInputStream()).articles();
        Graph g = extract(articles);
        g.facts().forEach(x -> System.out.println(x.primary().article() + "#" + x.primary().sentence() + "  " + x.subject() + " " + x.predicate() + " "
                + x.object() + " [" + x.polarity().json() + "/" + x.modality().json() + (x.role() == null ? "" : "/" + x.role()) + "] "
                + x.primary().extractor()));
    }
}
