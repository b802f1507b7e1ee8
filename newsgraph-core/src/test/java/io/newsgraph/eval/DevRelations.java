package io.newsgraph.eval;

import io.newsgraph.TestGraphs;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.util.Pair;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.extract.Mention;
import io.newsgraph.extract.relation.RelationModel;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;
import io.newsgraph.nlp.SharedPipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Developer loop only: annotates CoNLL04 train and dev once (CoreNLP documents cached under
 * target/dev-cache), then reruns the rule chain, training and scoring in seconds, and sorts every
 * missed dev relation by why it was missed (argument boundaries, candidate never made, classifier).
 * Run (from the project folder, after a package): java -cp newsgraph-core/target/test-classes:newsgraph-cli/target/lib/* io.newsgraph.eval.DevRelations [diagnose|train|entities|boundaries] [N]
 */
public final class DevRelations {
    private DevRelations() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "diagnose";
        int show = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path data = Path.of(System.getProperty("newsgraph.data", "../shared/data"));
        List<GoldDocument> devDocs = Conll04Reader.read(data.resolve("conll04/conll04_dev.json"));
        List<AnnotatedGold> dev = extract(cached(devDocs, "conll04-dev"), ExtractionPipeline.ruleExtractors());
        RelationModel model = System.getProperty("newsgraph.model") == null ? RelationModel.shipped()
                : RelationModel.read(Files.newInputStream(Path.of(System.getProperty("newsgraph.model"))), "model");
        if (mode.equals("train") || mode.equals("trainfit")) {
            List<GoldDocument> fitDocs = Conll04Reader.read(data.resolve("conll04/conll04_train.json"));
            List<AnnotatedGold> fit = extract(cached(fitDocs, "conll04-train"), ExtractionPipeline.ruleExtractors());
            long t0 = System.nanoTime();
            RelationTrainer.Result r = new RelationTrainer(GoldFormat.CONLL04).train(fit, dev, "dev");
            System.out.printf("trained in %.1f s: %d candidates, %d features, threshold %.2f%n", (System.nanoTime() - t0) / 1e9,
                    r.fitExamples(), r.features(), r.model().threshold());
            model = r.model();
            if (System.getProperty("newsgraph.saveModel") != null) {
                try (OutputStream os = Files.newOutputStream(Path.of(System.getProperty("newsgraph.saveModel")))) {
                    model.write(os);
                }
            }
        }
        if (mode.equals("tokens")) {
            java.util.Set<String> ids = java.util.Set.of(System.getProperty("newsgraph.docs", "").split(","));
            for (AnnotatedGold a : dev) {
                if (ids.contains(a.gold().id().replace("conll04-", ""))) {
                    StringBuilder b = new StringBuilder(a.gold().id()).append(':');
                    for (int s = 0; s < a.sentences().size(); s++) {
                        a.tokens(s).forEach(t -> b.append(' ').append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()));
                    }
                    System.out.println(b);
                }
            }
            return;
        }
        if (mode.equals("rulefacts")) {
            java.util.Set<String> ids = java.util.Set.of(System.getProperty("newsgraph.docs", "").split(","));
            for (AnnotatedGold a : dev) {
                if (ids.contains(a.gold().id().replace("conll04-", ""))) {
                    for (PredictedRelation r : PipelineRelations.claims(a)) {
                        System.out.println(a.gold().id() + " " + r.head().of(a.gold().text()) + " " + r.predicate() + " "
                                + r.tail().of(a.gold().text()) + " [" + r.extractor() + "]");
                    }
                }
            }
            return;
        }
        if (mode.equals("entities")) {
            List<PredictedEntity> found = new ArrayList<>();
            dev.forEach(a -> found.addAll(PipelineRelations.entities(a)));
            EntityScores es = new EntityScorer().score(devDocs, found);
            System.out.print(EntityTable.render(es));
            System.out.print(EntityTable.errors(devDocs, es, show));
            return;
        }
        if (mode.equals("boundaries")) {
            boundaries(dev);
            return;
        }
        diagnose(dev, devDocs, model, show);
    }

    /** One line per argument of a gold relation that no mention matches exactly: its text and the mentions over it. */
    static void boundaries(List<AnnotatedGold> dev) {
        for (AnnotatedGold a : dev) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (GoldRelation r : a.gold().relations()) {
                for (String id : List.of(r.head(), r.tail())) {
                    GoldEntity e = entity(a.gold(), id);
                    String st = argumentState(a, e);
                    if (st.equals("ok") || !seen.add(id)) {
                        continue;
                    }
                    Span s = e.mentions().get(0);
                    StringBuilder over = new StringBuilder();
                    a.tokensOf(s).ifPresent(ts -> {
                        for (Mention m : a.extraction().mentions()) {
                            if (!m.synthetic() && m.sentence() == ts.sentence() && m.begin() < ts.end() + 1 && ts.begin() - 1 < m.end()) {
                                over.append(m.text()).append('/').append(m.type().name(), 0, 3).append(" @").append(m.begin() - ts.begin())
                                        .append(':').append(m.end() - ts.end()).append(" | ");
                            }
                        }
                    });
                    String text = a.gold().text();
                    String ctx = text.substring(Math.max(0, s.begin() - 25), Math.min(text.length(), s.end() + 25)).replace('\n', ' ');
                    System.out.println(a.gold().id() + "\t" + e.type() + "\t" + st + "\t" + s.of(text) + "\t" + over + "\t" + ctx);
                }
            }
        }
    }

    static void diagnose(List<AnnotatedGold> dev, List<GoldDocument> docs, RelationModel model, int show) {
        List<PredictedRelation> rules = new ArrayList<>();
        List<TrainingExamples.Example> examples = new ArrayList<>();
        for (AnnotatedGold a : dev) {
            rules.addAll(PipelineRelations.claims(a));
            examples.addAll(TrainingExamples.of(a, false));
        }
        RelationScorer scorer = new RelationScorer(GoldFormat.CONLL04);
        System.out.println("rules alone:");
        System.out.print(ScoreTable.render(scorer.score(docs, rules)));
        Scores both = scorer.score(docs, RelationTrainer.combined(model, rules, examples));
        System.out.println("rules and classifier:");
        System.out.print(ScoreTable.render(both));
        for (int t = 20; t <= 95; t += 5) {
            List<PredictedRelation> mine = RelationTrainer.combined(model.withThreshold(t / 100.0), List.of(), examples);
            Scores own = scorer.score(docs, mine);
            Scores all = scorer.score(docs, RelationTrainer.combined(model.withThreshold(t / 100.0), rules, examples));
            System.out.printf("threshold %.2f: classifier facts %d, precision %.3f; with rules P %.3f R %.3f F1 %.3f%n", t / 100.0,
                    own.micro().found(), own.micro().precision(), all.micro().precision(), all.micro().recall(), all.micro().f1());
        }
        Map<String, Integer> why = new TreeMap<>();
        Map<String, List<String>> samples = new TreeMap<>();
        Map<String, AnnotatedGold> byId = new java.util.HashMap<>();
        dev.forEach(a -> byId.put(a.gold().id(), a));
        for (Scores.Triple t : both.missed()) {
            AnnotatedGold a = byId.get(t.document());
            String reason = reason(a, t, examples, model);
            why.merge(reason, 1, Integer::sum);
            samples.computeIfAbsent(reason, k -> new ArrayList<>()).add(describe(a, t));
        }
        System.out.println("missed relations by reason:");
        why.forEach((k, v) -> System.out.printf("  %-40s %d%n", k, v));
        Map<String, Integer> wrongWhy = new TreeMap<>();
        for (Scores.Triple t : both.wrong()) {
            String r = t.head().startsWith("span:") || t.tail().startsWith("span:") ? "argument not a gold entity"
                    : "gold entities, no such relation";
            wrongWhy.merge(r, 1, Integer::sum);
            samples.computeIfAbsent("wrong: " + r, k -> new ArrayList<>()).add(describe(byId.get(t.document()), t));
        }
        System.out.println("wrong relations by reason:");
        wrongWhy.forEach((k, v) -> System.out.printf("  %-40s %d%n", k, v));
        if (show > 0) {
            samples.forEach((k, v) -> {
                System.out.println("== " + k);
                v.stream().limit(show).forEach(s -> System.out.println("   " + s));
            });
        }
    }

    private static String reason(AnnotatedGold a, Scores.Triple t, List<TrainingExamples.Example> examples, RelationModel model) {
        GoldEntity h = entity(a.gold(), t.head());
        GoldEntity tl = entity(a.gold(), t.tail());
        String hs = argumentState(a, h);
        String ts = argumentState(a, tl);
        if (!hs.equals("ok") || !ts.equals("ok")) {
            return "boundary: head " + hs + ", tail " + ts;
        }
        Span hSpan = h.mentions().get(0);
        Span tSpan = tl.mentions().get(0);
        TrainingExamples.Example e = examples.stream()
                .filter(x -> x.document().equals(a.gold().id()) && x.head().equals(hSpan) && x.tail().equals(tSpan))
                .findFirst().orElse(null);
        if (e == null) {
            return "no candidate (types " + mentionType(a, hSpan) + ">" + mentionType(a, tSpan) + ")";
        }
        if (!e.anchored()) {
            return "candidate without anchor";
        }
        var d = model.raw(e.features(), e.candidate().headType(), e.candidate().tailType());
        if (d.isEmpty()) {
            return "classifier: none";
        }
        double p = model.calibrated(d.get().probability());
        String scored = GoldFormat.CONLL04.scoredAs(d.get().predicate(), e.candidate().tailType()).map(Enum::name).orElse("-");
        if (!scored.equals(t.predicate().name())) {
            return "classifier: other predicate";
        }
        return p < model.threshold() ? "classifier: below threshold" : "classifier: ok but rule took pair";
    }

    private static String mentionType(AnnotatedGold a, Span s) {
        return a.tokensOf(s).flatMap(ts -> a.extraction().mentions().stream()
                .filter(m -> !m.synthetic() && m.sentence() == ts.sentence() && m.begin() == ts.begin() && m.end() == ts.end())
                .findFirst()).map(m -> m.type().name()).orElse("?");
    }

    /** ok, or why no extracted mention has exactly the gold span. */
    private static String argumentState(AnnotatedGold a, GoldEntity e) {
        Span s = e.mentions().get(0);
        var ts = a.tokensOf(s);
        if (ts.isEmpty()) {
            return "tokens-differ";
        }
        boolean exact = false;
        boolean overlap = false;
        for (Mention m : a.extraction().mentions()) {
            if (m.synthetic() || m.sentence() != ts.get().sentence()) {
                continue;
            }
            exact |= m.begin() == ts.get().begin() && m.end() == ts.get().end();
            overlap |= m.begin() < ts.get().end() && ts.get().begin() < m.end();
        }
        if (!exact) {
            List<Mention> named = a.extraction().mentions().stream().filter(m -> !m.synthetic() && m.sentence() == ts.get().sentence()).toList();
            for (Mention m : named) {
                for (var r : io.newsgraph.extract.relation.ArgumentSpans.of(m, a.tokens(m.sentence()), named)) {
                    if (r.begin() == ts.get().begin() && r.end() == ts.get().end()) {
                        return "ok";
                    }
                }
            }
        }
        return exact ? "ok" : overlap ? "other-span" : "no-mention";
    }

    private static GoldEntity entity(GoldDocument d, String id) {
        return d.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static String describe(AnnotatedGold a, Scores.Triple t) {
        GoldDocument d = a.gold();
        StringBuilder ms = new StringBuilder();
        for (Mention m : a.extraction().mentions()) {
            if (!m.synthetic()) {
                ms.append('[').append(m.text()).append('/').append(m.type().name(), 0, 3).append(']');
            }
        }
        return d.id() + " " + name(d, t.head()) + " " + t.predicate() + " " + name(d, t.tail()) + "  | " + d.text() + "  || " + ms;
    }

    private static String name(GoldDocument d, String arg) {
        if (arg.startsWith("span:")) {
            String[] be = arg.substring(5).split("-");
            return "'" + d.text().substring(Integer.parseInt(be[0]), Integer.parseInt(be[1])) + "'?";
        }
        GoldEntity e = entity(d, arg);
        return "'" + e.mentions().get(0).of(d.text()) + "'/" + e.type();
    }

    static List<AnnotatedGold> extract(List<AnnotatedArticle> annotated, List<io.newsgraph.extract.Extractor> chain) {
        ExtractionPipeline p = new ExtractionPipeline(SharedPipeline.get(), 1, chain);
        List<AnnotatedGold> out = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            out.add(new AnnotatedGold(GOLD.get(a.article().id()), a, p.extractAnnotated(a)));
        }
        return out;
    }

    private static final Map<String, GoldDocument> GOLD = new java.util.HashMap<>();

    /** The documents' CoreNLP annotations, from the cache when it holds this exact text. */
    static List<AnnotatedArticle> cached(List<GoldDocument> docs, String name) throws Exception {
        docs.forEach(d -> GOLD.put(d.id(), d));
        StringBuilder all = new StringBuilder();
        docs.forEach(d -> all.append(d.id()).append('\t').append(d.text()).append('\n'));
        byte[] h = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path dir = TestGraphs.devCacheDir();
        Files.createDirectories(dir);
        Path f = dir.resolve(name + "-" + HexFormat.of().formatHex(h, 0, 6) + ".pb");
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer(true);
        List<AnnotatedArticle> out = new ArrayList<>();
        if (Files.exists(f)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
                for (GoldDocument d : docs) {
                    Pair<Annotation, InputStream> p = ser.read(in);
                    out.add(new AnnotatedArticle(article(d), p.first, 0));
                }
            }
            return out;
        }
        List<AnnotatedGold> annotated = new PipelineRelations(SharedPipeline.get(),
                new ExtractionPipeline(SharedPipeline.get(), 2, ExtractionPipeline.ruleExtractors()), 2)
                .annotate(docs, n -> {
                    if (n % 100 == 0) {
                        System.err.println(name + ": " + n + " annotated");
                    }
                });
        Path tmp = dir.resolve(f.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            for (AnnotatedGold a : annotated) {
                ser.write(a.annotated().doc(), os);
                out.add(a.annotated());
            }
        }
        Files.move(tmp, f);
        return out;
    }

    private static Article article(GoldDocument d) {
        return new Article(d.id(), null, null, null, null, null, null, d.text());
    }
}
