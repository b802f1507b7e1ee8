package io.newsgraph.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import io.newsgraph.extract.relation.ArgumentTypes;
import io.newsgraph.extract.relation.Candidate;
import io.newsgraph.extract.relation.RelationModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Fits the relation classifier on one set of annotated documents and tunes it on another: the
 * regularisation strength and the decision threshold are chosen for the best micro F1 of rules and
 * classifier together on the tuning documents, and a Platt calibration fitted there turns the
 * classifier's probability into the confidence facts carry. The learner is CoreNLP's multiclass
 * logistic regression (quasi-Newton); it and the fixed order of documents and candidates make the
 * same data give the same model, byte for byte.
 */
public final class RelationTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(RelationTrainer.class);
    private static final double[] SIGMAS = {0.5, 1, 2, 4};
    private static final int MIN_FEATURE_COUNT = 2;

    /** The trained model, its scores on the tuning documents, and what it was fitted on. */
    public record Result(RelationModel model, Scores tuneScores, Scores rulesOnly, int fitExamples, int features) {
    }

    private final GoldFormat format;

    public RelationTrainer(GoldFormat format) {
        this.format = format;
    }

    public Result train(List<AnnotatedGold> fit, List<AnnotatedGold> tune, String trainedOn) {
        List<TrainingExamples.Example> fitExamples = new ArrayList<>();
        fit.forEach(a -> fitExamples.addAll(TrainingExamples.of(a, true)));
        List<TrainingExamples.Example> tuneExamples = new ArrayList<>();
        tune.forEach(a -> tuneExamples.addAll(TrainingExamples.of(a, false)));
        List<GoldDocument> tuneGold = tune.stream().map(AnnotatedGold::gold).toList();
        List<PredictedRelation> rules = new ArrayList<>();
        tune.forEach(a -> rules.addAll(PipelineRelations.claims(a)));
        Dataset<String, String> data = new Dataset<>();
        fitExamples.forEach(e -> data.add(e.features(), e.label()));
        data.applyFeatureCountThreshold(MIN_FEATURE_COUNT);
        Scores rulesOnly = new RelationScorer(format).score(tuneGold, rules);
        RelationModel best = null;
        Scores bestScores = null;
        for (double sigma : SIGMAS) {
            RelationModel calibrated = calibrate(fit(data, sigma), tuneExamples);
            for (int t = 5; t <= 90; t += 5) {
                RelationModel m = calibrated.withThreshold(t / 100.0);
                Scores s = new RelationScorer(format).score(tuneGold, combined(m, rules, tuneExamples));
                LOG.debug("sigma {} threshold {}: tune F1 {}", sigma, t / 100.0, s.micro().f1());
                if (bestScores == null || s.micro().f1() > bestScores.micro().f1() + 1e-12) {
                    best = m;
                    bestScores = s;
                }
            }
        }
        RelationModel versioned = best.withVersion(version(best.withVersion("-", trainedOn)), trainedOn);
        return new Result(versioned, bestScores, rulesOnly, fitExamples.size(), data.numFeatures());
    }

    private static LinearClassifier<String, String> fit(Dataset<String, String> data, double sigma) {
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        return factory.trainClassifier(data);
    }

    /**
     * Rule claims, plus the classifier's decisions on pairs the rules left alone or related only by
     * predicates the classifier never gives: a rule's fact of the classifier's kinds wins, so the
     * classifier never contradicts or doubles one.
     */
    static List<PredictedRelation> combined(RelationModel model, List<PredictedRelation> rules, List<TrainingExamples.Example> examples) {
        java.util.Set<String> ruled = new java.util.HashSet<>();
        rules.stream().filter(r -> ArgumentTypes.classified(r.predicate()))
                .forEach(r -> ruled.add(r.document() + "|" + r.head() + "|" + r.tail()));
        java.util.Map<String, PredictedRelation> best = new java.util.LinkedHashMap<>();
        java.util.Map<String, TrainingExamples.Example> readings = new java.util.HashMap<>();
        java.util.Map<String, Double> readingP = new java.util.HashMap<>();
        for (TrainingExamples.Example e : examples) {
            String forward = e.document() + "|" + e.headMention() + "|" + e.tailMention();
            boolean byRule = ruled.contains(forward) || ruled.contains(e.document() + "|" + e.tailMention() + "|" + e.headMention());
            if (byRule ? !ruled.contains(forward) : !e.anchored()) {
                continue;
            }
            Candidate c = e.candidate();
            Optional<RelationModel.Decision> d = model.decide(e.features(), c.headType(), c.tailType());
            if (d.isEmpty()) {
                continue;
            }
            if (byRule) {
                if (d.get().probability() > readingP.getOrDefault(forward, -1.0)) {
                    readings.put(forward, e);
                    readingP.put(forward, d.get().probability());
                }
                continue;
            }
            best.merge(e.group(), new PredictedRelation(e.document(), e.head(), c.headType(), d.get().predicate(), e.tail(), c.tailType(),
                    "relation-model", d.get().probability()), (x, y) -> y.confidence() > x.confidence() ? y : x);
        }
        List<PredictedRelation> out = new ArrayList<>();
        for (PredictedRelation r : rules) {
            TrainingExamples.Example e = ArgumentTypes.classified(r.predicate()) ? readings.get(r.document() + "|" + r.head() + "|" + r.tail()) : null;
            out.add(e == null ? r : new PredictedRelation(r.document(), e.head(), r.headType(), r.predicate(), e.tail(), r.tailType(),
                    r.extractor(), r.confidence()));
        }
        out.addAll(best.values());
        return out;
    }

    /** Platt scaling on the tuning candidates: a logistic fit of "the best relation is right" on its log-odds. */
    private static RelationModel calibrate(LinearClassifier<String, String> classifier, List<TrainingExamples.Example> tune) {
        RelationModel raw = new RelationModel(classifier, 0, 1, 0, "-", "-");
        RVFDataset<String, String> data = new RVFDataset<>();
        for (TrainingExamples.Example e : tune) {
            Optional<RelationModel.Decision> d = raw.raw(e.features(), e.candidate().headType(), e.candidate().tailType());
            if (d.isEmpty()) {
                continue;
            }
            double p = Math.min(Math.max(d.get().probability(), 1e-9), 1 - 1e-9);
            ClassicCounter<String> x = new ClassicCounter<>();
            x.setCount("logit", Math.log(p / (1 - p)));
            x.setCount("bias", 1.0);
            data.add(new RVFDatum<>(x, d.get().predicate().name().equals(e.label()) ? "right" : "wrong"));
        }
        if (data.numClasses() < 2) {
            return raw;
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(10);
        factory.setVerbose(false);
        LinearClassifier<String, String> platt = factory.trainClassifier(data);
        double slope = weight(platt, "logit", "right") - weight(platt, "logit", "wrong");
        double intercept = weight(platt, "bias", "right") - weight(platt, "bias", "wrong");
        return raw.withCalibration(slope, intercept);
    }

    private static double weight(LinearClassifier<String, String> c, String feature, String label) {
        int f = c.featureIndex().indexOf(feature);
        int l = c.labelIndex().indexOf(label);
        return f < 0 || l < 0 ? 0 : c.weights()[f][l];
    }

    /** "relations-" and the first 12 hex digits of the SHA-256 of the model's bytes without its version. */
    private static String version(RelationModel m) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            m.write(bytes);
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
            return "relations-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
