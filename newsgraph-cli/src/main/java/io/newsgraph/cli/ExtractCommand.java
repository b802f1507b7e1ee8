package io.newsgraph.cli;

import io.newsgraph.nlp.SharedPipeline;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.InputsMixin;
import io.newsgraph.cli.common.Progress;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import io.newsgraph.model.stream.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Articles in, JSON Lines out: the extraction contract of shared/eval/README.md. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads articles and writes the extracted articles, entities, events and facts as JSON Lines.",
                "Every fact carries its sentence, offsets, extractor and rule, confidence, polarity and modality."})
public class ExtractCommand implements Callable<Integer> {
    /** Developer switch: -Dnewsgraph.nlp.times=true ends the run with the seconds spent in each CoreNLP annotator. */
    static final String ANNOTATOR_TIMES_PROPERTY = "newsgraph.nlp.times";

    @Spec
    CommandSpec spec;

    // -v/--verbose is inherited from the root command (VerbosityMixin, scope INHERIT).

    @Mixin
    InputsMixin inputs;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the JSON Lines (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.required("name article files or folders, or '-' for standard input.");
        ArticleGraphBuilder.Outcome outcome = ArticleGraphBuilder.build(inputs, inputs.inputs(), extraction, System.in,
                err, Progress.forTerminal());
        Graph g = outcome.graph();
        if (output == null || output.toString().equals("-")) {
            JsonLinesWriter.write(g, out);
            out.flush();
        } else {
            AtomicFile.write(output, w -> JsonLinesWriter.write(g, w));
        }
        err.printf("%d articles, %d entities, %d facts, %d events in %.1f s%s%n", g.articles().size(),
                g.entities().size(), g.facts().size(), g.events().size(), outcome.extractMillis() / 1000.0,
                output == null ? "" : " -> " + output);
        if (Boolean.getBoolean(ANNOTATOR_TIMES_PROPERTY)) {
            err.println("annotator seconds (" + SharedPipeline.get().settings().label() + "): "
                    + SharedPipeline.get().annotatorTimes().seconds());
        }
        err.flush();
        return outcome.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
}
