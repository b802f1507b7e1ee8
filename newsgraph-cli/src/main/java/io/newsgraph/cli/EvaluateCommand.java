package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.eval.CameoRootNames;
import io.newsgraph.eval.DocRedReader;
import io.newsgraph.eval.EventErrors;
import io.newsgraph.eval.EventScorer;
import io.newsgraph.eval.EventSentence;
import io.newsgraph.eval.EventSetReader;
import io.newsgraph.eval.FoundEvent;
import io.newsgraph.eval.PipelineEvents;
import io.newsgraph.eval.AnnotatedGold;
import io.newsgraph.eval.EntityScorer;
import io.newsgraph.eval.EntityScores;
import io.newsgraph.eval.EntityTable;
import io.newsgraph.eval.PredictedEntity;
import io.newsgraph.eval.GoldDocument;
import io.newsgraph.eval.GoldFormat;
import io.newsgraph.eval.PipelineRelations;
import io.newsgraph.eval.PredictedRelation;
import io.newsgraph.eval.RelationScorer;
import io.newsgraph.eval.ScoreTable;
import io.newsgraph.eval.Scores;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.nlp.SharedPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Runs extraction over an annotated data set's text and scores the relations it finds against the annotation. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against annotated text: CoNLL04 (SpERT JSON), DocRED/Re-DocRED JSON or an",
                "event test set (TSV, --format events: per predicate and per CAMEO root).",
                "Runs the pipeline over the documents' text and prints precision, recall and F1 per predicate",
                "(arguments must match the annotated boundaries exactly), then the entity score per type.",
                "docs/evaluate.md maps the labels."})
public class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(index = "0", paramLabel = "GOLD", description = "The annotated file (JSON).")
    Path gold;

    @Option(names = "--format", paramLabel = "F",
            description = "conll04, docred or events (default: recognised from the file; .tsv is events).")
    String format;

    @Option(names = "--docs", paramLabel = "SET", defaultValue = "all",
            description = "DocRED only: all, fit (4 documents in 5) or tune (every fifth, from the first). Default: ${DEFAULT-VALUE}.")
    String docs;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    Integer limit;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N wrong and N missed relations.")
    int errors;

    @Option(names = "--entity-errors", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N missed entities and N wrong entity mentions, each with its defect.")
    int entityErrors;

    @Option(names = "--with-model",
            description = "Use the relation classifier at the threshold tuned for F1 on CoNLL04 dev "
                    + "(extraction by default uses it only at a precise threshold).")
    boolean withModel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (isEvents()) {
            return evaluateEvents(out, err);
        }
        GoldFormat f = format == null ? sniff(gold) : parseFormat(format);
        List<GoldDocument> documents = read(f);
        if (limit != null) {
            if (limit < 1) {
                throw new UserException(ExitCodes.USAGE, "--limit must be at least 1, got " + limit);
            }
            documents = documents.subList(0, Math.min(limit, documents.size()));
        }
        ExtractionPipeline pipeline = extraction.pipeline(err);
        if (withModel) {
            pipeline = new ExtractionPipeline(SharedPipeline.get(), extraction.threads(), ExtractionPipeline.withRelationModel());
        }
        long t0 = System.nanoTime();
        List<AnnotatedGold> annotated;
        try (Progress.Bar bar = Progress.forTerminal().bar("evaluate", documents.size())) {
            annotated = new PipelineRelations(SharedPipeline.get(), pipeline, extraction.threads()).annotate(documents, n -> bar.step());
        }
        List<PredictedRelation> predicted = new ArrayList<>();
        List<PredictedEntity> entities = new ArrayList<>();
        for (AnnotatedGold a : annotated) {
            predicted.addAll(PipelineRelations.claims(a));
            entities.addAll(PipelineRelations.entities(a));
        }
        Scores scores = new RelationScorer(f).score(documents, predicted);
        EntityScores entityScores = new EntityScorer().score(documents, entities);
        out.printf(Locale.ROOT, "%s, %d documents, %d gold relations (%s)%n", gold.getFileName(), documents.size(),
                scores.micro().gold(), f.name().toLowerCase(Locale.ROOT));
        out.print(ScoreTable.render(scores));
        if (errors > 0) {
            out.println();
            out.print(ScoreTable.errors(documents, scores, errors));
        }
        out.println();
        out.printf(Locale.ROOT, "%d gold entities (people, organisations, places; boundaries strict)%n", entityScores.micro().gold());
        out.print(EntityTable.render(entityScores));
        if (entityErrors > 0) {
            out.println();
            out.print(EntityTable.errors(documents, entityScores, entityErrors));
        }
        out.flush();
        err.printf(Locale.ROOT, "Extracted and scored in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        err.flush();
        return ExitCodes.OK;
    }

    private boolean isEvents() {
        return format == null ? gold.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")
                : format.equalsIgnoreCase("events");
    }

    /** An event test set: strict events (predicate, source, target, polarity, modality) per predicate and per CAMEO root. */
    private int evaluateEvents(PrintWriter out, PrintWriter err) {
        List<EventSentence> sentences;
        try {
            sentences = EventSetReader.read(gold);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, gold + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCodes.FAILED, "cannot read the event set: " + e.getMessage(), e);
        }
        if (limit != null) {
            sentences = sentences.subList(0, Math.min(Math.max(limit, 1), sentences.size()));
        }
        ExtractionPipeline pipeline = extraction.pipeline(err);
        long t0 = System.nanoTime();
        List<FoundEvent> found;
        try (Progress.Bar bar = Progress.forTerminal().bar("evaluate", sentences.size())) {
            PipelineRelations runner = new PipelineRelations(SharedPipeline.get(), pipeline, extraction.threads());
            found = new PipelineEvents(runner).find(sentences, n -> bar.step());
        }
        EventScorer.Result r = new EventScorer().score(sentences, found);
        out.printf(Locale.ROOT, "%s, %d sentences, %d expected events (events)%n", gold.getFileName(), sentences.size(),
                r.micro().gold());
        out.print(ScoreTable.render("predicate", r.perPredicate()));
        out.println();
        out.print(ScoreTable.render("cameo root", CameoRootNames.label(r.perRoot())));
        if (errors > 0) {
            out.println();
            out.print(EventErrors.describe(sentences, r, errors));
        }
        out.flush();
        err.printf(Locale.ROOT, "Extracted and scored in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        err.flush();
        return ExitCodes.OK;
    }

    private List<GoldDocument> read(GoldFormat f) {
        DocRedReader.Split split = switch (docs.toLowerCase(Locale.ROOT)) {
            case "all" -> DocRedReader.Split.ALL;
            case "fit" -> DocRedReader.Split.FIT;
            case "tune" -> DocRedReader.Split.TUNE;
            default -> throw new UserException(ExitCodes.USAGE, "--docs must be all, fit or tune, got '" + docs + "'");
        };
        try {
            return f.read(gold, split);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, gold + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new UserException(ExitCodes.FAILED, gold + ": cannot read as " + f.name().toLowerCase(Locale.ROOT) + ": "
                    + e.getMessage(), e);
        }
    }

    private static GoldFormat parseFormat(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "conll04" -> GoldFormat.CONLL04;
            case "docred", "redocred" -> GoldFormat.DOCRED;
            default -> throw new UserException(ExitCodes.USAGE, "--format must be conll04, docred or events, got '" + name + "'");
        };
    }

    /** DocRED documents have a "vertexSet"; SpERT sentences have "tokens" and no vertex set. */
    private static GoldFormat sniff(Path file) {
        String head;
        try (var in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, file + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCodes.FAILED, file + ": cannot read: " + e.getMessage(), e);
        }
        if (head.contains("\"vertexSet\"")) {
            return GoldFormat.DOCRED;
        }
        if (head.contains("\"tokens\"") && head.contains("\"entities\"")) {
            return GoldFormat.CONLL04;
        }
        throw new UserException(ExitCodes.USAGE, file + ": not CoNLL04 (SpERT) or DocRED JSON; name it with --format");
    }
}
