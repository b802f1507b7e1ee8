package io.newsgraph.cli;

import io.newsgraph.cli.common.ExitCodes;
import io.newsgraph.cli.common.UserException;
import io.newsgraph.model.Article;
import io.newsgraph.pipeline.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * One text through the whole chain, shown stage by stage: the parse, the mentions, the links, the
 * rules that fired, the facts that came out, and the candidates dropped with the reason.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows how a sentence is read: tokens with part of speech, lemma and entity tag, the dependency",
                "parse, the mentions and their types, coreference links, each fact with the rule that made it and its",
                "polarity and modality, and the candidates the rules considered and dropped, with the reason."})
public class ExplainCommand implements Callable<Integer> {
    /** Longest text explained: the output lists every token, so a whole article is better read with extract. */
    static final int MAX_CHARS = 20_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ExtractionOptions extraction;

    @Parameters(paramLabel = "SENTENCE", arity = "0..1", description = "The text to explain (quote it).")
    String sentence;

    @Option(names = "--file", paramLabel = "FILE", description = "Explain the text of this file instead (UTF-8).")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for tools.")
    String format;

    @Override
    public Integer call() {
        String text = text();
        boolean json = switch (format) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UserException(ExitCodes.USAGE, "--format must be text or json, got '" + format + "'");
        };
        PrintWriter out = spec.commandLine().getOut();
        Article article = new Article("explain", null, null, null, null, null, file == null ? null : file.toString(), text);
        Explanation explanation = extraction.pipeline(spec.commandLine().getErr()).explain(article);
        if (json) {
            out.println(ExplainReport.json(explanation));
        } else {
            ExplainReport.text(explanation, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String text() {
        if ((sentence == null) == (file == null)) {
            throw new UserException(ExitCodes.USAGE, "give either a SENTENCE or --file FILE");
        }
        String text = sentence != null ? sentence : read(file);
        if (text.isBlank()) {
            throw new UserException(ExitCodes.USAGE, (file == null ? "the sentence" : file.toString()) + " is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new UserException(ExitCodes.USAGE, (file == null ? "the text" : file.toString()) + " has " + text.length()
                    + " characters; explain takes at most " + MAX_CHARS + " (use extract for whole articles)");
        }
        return text.strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.FAILED, file + ": no such file");
        } catch (MalformedInputException e) {
            throw new UserException(ExitCodes.FAILED, file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserException(ExitCodes.FAILED, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
