package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.eval.SharedFolder;
import io.newsgraph.eval.AnnotatedGold;
import io.newsgraph.eval.Conll04Reader;
import io.newsgraph.eval.GoldDocument;
import io.newsgraph.eval.GoldFormat;
import io.newsgraph.eval.PipelineRelations;
import io.newsgraph.eval.RelationTrainer;
import io.newsgraph.eval.ScoreTable;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.nlp.SharedPipeline;
import io.newsgraph.model.stream.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Rebuilds the relation classifier from annotated data, the same bytes for the same data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the relation classifier: fitted on CoNLL04 train, tuned and calibrated on CoNLL04 dev,",
                "and prints the dev scores of the rules alone and of rules and classifier together.",
                "The same data gives the same model file, byte for byte."})
public class TrainCommand implements Callable<Integer> {
    static final String SHIPPED = "newsgraph-core/src/main/resources/io/newsgraph/extract/relation/relation-model.tsv.gz";

    @Spec
    CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The folder with conll04/conll04_train.json and conll04/conll04_dev.json "
                    + "(default: data/ in the shared folder, ../shared or -D" + SharedFolder.PROPERTY + "=DIR).")
    Path data;

    @Option(names = "--fit", paramLabel = "FILE", description = "CoNLL04 (SpERT JSON) to fit on (default: DIR/conll04/conll04_train.json).")
    Path fit;

    @Option(names = "--tune", paramLabel = "FILE", description = "CoNLL04 (SpERT JSON) to tune on (default: DIR/conll04/conll04_dev.json).")
    Path tune;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = SHIPPED,
            description = "Where to write the model (default: the shipped one, ${DEFAULT-VALUE}, run from the project folder).")
    Path output;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N documents of each file (a quick run).")
    Integer limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null ? data : SharedFolder.location().resolve("data");
        Path fitFile = fit != null ? fit : dataDir.resolve("conll04/conll04_train.json");
        Path tuneFile = tune != null ? tune : dataDir.resolve("conll04/conll04_dev.json");
        List<GoldDocument> fitDocs = read(fitFile);
        List<GoldDocument> tuneDocs = read(tuneFile);
        String trainedOn = "fit " + describe(fitFile, fitDocs.size()) + "; tune " + describe(tuneFile, tuneDocs.size());
        extraction.pipeline(err);
        // The rules alone: the classifier learns what they leave, and a model never learns from its predecessor.
        ExtractionPipeline rules = new ExtractionPipeline(SharedPipeline.get(), extraction.threads(), ExtractionPipeline.ruleExtractors());
        long t0 = System.nanoTime();
        PipelineRelations runner = new PipelineRelations(SharedPipeline.get(), rules, extraction.threads());
        List<AnnotatedGold> fitAnnotated;
        List<AnnotatedGold> tuneAnnotated;
        try (Progress.Bar bar = Progress.forTerminal().bar("annotate", fitDocs.size() + tuneDocs.size())) {
            fitAnnotated = runner.annotate(fitDocs, n -> bar.step());
            tuneAnnotated = runner.annotate(tuneDocs, n -> bar.step());
        }
        long t1 = System.nanoTime();
        RelationTrainer.Result r = new RelationTrainer(GoldFormat.CONLL04).train(fitAnnotated, tuneAnnotated, trainedOn);
        long t2 = System.nanoTime();
        AtomicFile.writeBytes(output, os -> r.model().write(os));
        out.printf(Locale.ROOT, "Model %s: %d candidates, %d features, threshold %.2f -> %s (%d bytes)%n", r.model().version(),
                r.fitExamples(), r.features(), r.model().threshold(), output, size(output));
        out.println("Trained on: " + trainedOn);
        out.println();
        out.println("Tune scores, rules alone:");
        out.print(ScoreTable.render(r.rulesOnly()));
        out.println();
        out.println("Tune scores, rules and classifier:");
        out.print(ScoreTable.render(r.tuneScores()));
        out.flush();
        err.printf(Locale.ROOT, "Annotated in %.1f s, trained in %.1f s.%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        err.flush();
        return ExitCodes.OK;
    }

    private List<GoldDocument> read(Path file) {
        try {
            List<GoldDocument> docs = Conll04Reader.read(file);
            return limit == null ? docs : docs.subList(0, Math.min(Math.max(limit, 1), docs.size()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, file + ": no such file (see --data, --fit and --tune)");
        } catch (IOException | RuntimeException e) {
            throw new UserException(ExitCodes.FAILED, file + ": cannot read as CoNLL04 (SpERT JSON): " + e.getMessage(), e);
        }
    }

    /** The file's name, the first 12 hex digits of its SHA-256 and how many documents were used. */
    private static String describe(Path file, int docs) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return file.getFileName() + " sha256:" + HexFormat.of().formatHex(h, 0, 6) + " (" + docs + " documents)";
        } catch (IOException e) {
            throw new UserException(ExitCodes.FAILED, file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
