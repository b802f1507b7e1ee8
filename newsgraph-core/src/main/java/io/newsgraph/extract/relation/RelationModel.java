package io.newsgraph.extract.relation;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained relation classifier: CoreNLP's multiclass logistic regression over the features of
 * {@link RelationFeatures}, a decision threshold, and a Platt calibration fitted on held-out data
 * so that the confidence it reports is a probability. Stored as gzipped text (a header of
 * {@code key<TAB>value} lines naming its version and training data, then one line of weights per
 * feature), written in a fixed order so the same training gives the same bytes.
 */
public final class RelationModel {
    /** The label of a candidate with no relation. */
    public static final String NONE = "NONE";
    private static final String MAGIC = "newsgraph-relation-model\t1";

    /** A decision: the predicate and its calibrated probability. */
    public record Decision(Predicate predicate, double probability) {
    }

    private final LinearClassifier<String, String> classifier;
    private final double threshold;
    private final double calibrationSlope;
    private final double calibrationIntercept;
    private final String version;
    private final String trainedOn;

    public RelationModel(LinearClassifier<String, String> classifier, double threshold, double calibrationSlope,
                         double calibrationIntercept, String version, String trainedOn) {
        this.classifier = classifier;
        this.threshold = threshold;
        this.calibrationSlope = calibrationSlope;
        this.calibrationIntercept = calibrationIntercept;
        this.version = version;
        this.trainedOn = trainedOn;
    }

    private static final String SHIPPED = "/io/newsgraph/extract/relation/relation-model.tsv.gz";

    private static final class Shipped {
        static final RelationModel INSTANCE = load();

        private static RelationModel load() {
            try (InputStream in = RelationModel.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("the relation model resource " + SHIPPED + " is missing from the build");
                }
                return read(in, SHIPPED);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the relation model " + SHIPPED + ": " + e.getMessage(), e);
            }
        }
    }

    /** The model shipped in the jar ({@code newsgraph train} rebuilds it), read once per JVM. */
    public static RelationModel shipped() {
        return Shipped.INSTANCE;
    }

    public String version() {
        return version;
    }

    public String trainedOn() {
        return trainedOn;
    }

    public double threshold() {
        return threshold;
    }

    public RelationModel withThreshold(double t) {
        return new RelationModel(classifier, t, calibrationSlope, calibrationIntercept, version, trainedOn);
    }

    public RelationModel withCalibration(double slope, double intercept) {
        return new RelationModel(classifier, threshold, slope, intercept, version, trainedOn);
    }

    public RelationModel withVersion(String v, String data) {
        return new RelationModel(classifier, threshold, calibrationSlope, calibrationIntercept, v, data);
    }

    /** The best relation other than none and the classifier's own probability for it (uncalibrated). */
    public Optional<Decision> raw(List<String> features) {
        return raw(features, null, null);
    }

    /**
     * The best relation other than none that arguments of these types can have ({@link
     * ArgumentTypes}; null types: any), with the classifier's own probability for it (uncalibrated).
     */
    public Optional<Decision> raw(List<String> features, EntityType head, EntityType tail) {
        Counter<String> probs = classifier.probabilityOf(new BasicDatum<>(features));
        String best = null;
        double bestP = -1;
        for (String label : classifier.labels()) {
            double p = probs.getCount(label);
            if (NONE.equals(label) || (head != null && !ArgumentTypes.allows(Predicate.valueOf(label), head, tail))) {
                continue;
            }
            if (p > bestP || (p == bestP && label.compareTo(best) < 0)) {
                best = label;
                bestP = p;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Decision(Predicate.valueOf(best), bestP));
    }

    /** The calibrated decision when it reaches the threshold. */
    public Optional<Decision> decide(List<String> features) {
        return decide(features, null, null);
    }

    /** The calibrated decision for arguments of these types when it reaches the threshold. */
    public Optional<Decision> decide(List<String> features, EntityType head, EntityType tail) {
        return raw(features, head, tail).map(d -> new Decision(d.predicate(), calibrated(d.probability())))
                .filter(d -> d.probability() >= threshold);
    }

    public double calibrated(double p) {
        double q = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        double z = calibrationSlope * Math.log(q / (1 - q)) + calibrationIntercept;
        return 1 / (1 + Math.exp(-z));
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        Index<String> labels = classifier.labelIndex();
        Index<String> features = classifier.featureIndex();
        double[][] weights = classifier.weights();
        w.write(MAGIC + "\n");
        w.write("version\t" + version + "\n");
        w.write("trained-on\t" + trainedOn + "\n");
        w.write(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        w.write(String.format(Locale.ROOT, "calibration\t%.6f\t%.6f%n", calibrationSlope, calibrationIntercept));
        w.write("labels\t" + String.join("\t", labels.objectsList()) + "\n");
        for (int f = 0; f < features.size(); f++) {
            StringBuilder line = new StringBuilder(features.get(f).replace('\t', ' ').replace('\n', ' '));
            boolean any = false;
            for (int l = 0; l < labels.size(); l++) {
                double v = weights[f][l];
                any |= Math.abs(v) >= 5e-5;
                line.append('\t').append(Math.abs(v) < 5e-5 ? "0" : String.format(Locale.ROOT, "%.4f", v));
            }
            if (any) {
                w.write(line.append('\n').toString());
            }
        }
        w.flush();
        gz.finish();
    }

    public static RelationModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        if (!MAGIC.equals(r.readLine())) {
            throw new IOException(name + ": not a newsgraph relation model");
        }
        String version = value(r, "version", name);
        String trainedOn = value(r, "trained-on", name);
        double threshold = Double.parseDouble(value(r, "threshold", name));
        String[] cal = value(r, "calibration", name).split("\t");
        List<String> labelList = List.of(value(r, "labels", name).split("\t"));
        Index<String> labels = new HashIndex<>(labelList);
        Index<String> features = new HashIndex<>();
        List<double[]> rows = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] parts = line.split("\t");
            if (parts.length != labelList.size() + 1) {
                throw new IOException(name + ": a weight line has " + (parts.length - 1) + " weights for " + labelList.size() + " labels");
            }
            double[] row = new double[labelList.size()];
            for (int l = 0; l < row.length; l++) {
                row[l] = Double.parseDouble(parts[l + 1]);
            }
            features.add(parts[0]);
            rows.add(row);
        }
        LinearClassifier<String, String> c = new LinearClassifier<>(rows.toArray(new double[0][]), features, labels);
        return new RelationModel(c, threshold, Double.parseDouble(cal[0]), Double.parseDouble(cal[1]), version, trainedOn);
    }

    private static String value(BufferedReader r, String key, String name) throws IOException {
        String line = r.readLine();
        if (line == null || !line.startsWith(key + "\t")) {
            throw new IOException(name + ": expected the '" + key + "' line of the model header");
        }
        return line.substring(key.length() + 1);
    }
}
