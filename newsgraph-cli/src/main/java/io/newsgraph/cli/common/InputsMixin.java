package io.newsgraph.cli.common;

import io.newsgraph.ingest.ArticleStream;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.ingest.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** INPUT... of the commands that read articles: files, folders (recursive) or '-' for standard input. */
public class InputsMixin {
    /** Where the bundled example articles live, relative to the project home. */
    public static final String EXAMPLES = "examples/articles";

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files (.txt, .md, .html, .jsonl[.gz]), folders (read recursively) or '-' for "
                    + "standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--max-article-size", paramLabel = "MB", defaultValue = "5",
            description = "Largest article accepted, in megabytes (default: ${DEFAULT-VALUE}).")
    double maxArticleMb;

    @Option(names = "--keep-paths",
            description = "Record each article's absolute file path in the outputs. By default the path is relative to "
                    + "the INPUT it was found under (a file named directly keeps its file name only), so shared "
                    + "outputs do not show this machine's folders.")
    boolean keepPaths;

    /** The command this mixin belongs to, for the usage error of a missing INPUT. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    public List<String> inputs() {
        return inputs;
    }

    /**
     * The inputs given; none is a usage error (exit code 2, with the usage) that says what to name:
     * "Missing INPUT: " followed by {@code whatToName}.
     */
    public List<String> required(String whatToName) {
        if (inputs.isEmpty()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "Missing INPUT: " + whatToName);
        }
        return inputs;
    }

    /** The inputs given, or the bundled example articles when none were given and {@code examplesByDefault}. */
    public List<String> inputsOrExamples(boolean examplesByDefault) {
        if (!inputs.isEmpty() || !examplesByDefault) {
            return inputs;
        }
        return List.of(examplesFolder().toString());
    }

    /**
     * The articles, read and cleaned one at a time as they are taken; each problem is printed to
     * {@code err} as one line as soon as its input is done with (so while extraction runs).
     * {@code noArticle} runs for each input that gave no article (for progress). The caller closes the stream.
     */
    public ArticleStream stream(List<String> chosen, InputStream stdin, PrintWriter err, Runnable noArticle) {
        return ingest().listener(new Ingest.Listener() {
            @Override
            public void sourceRead(String name, int articles) {
                if (articles == 0) {
                    noArticle.run();
                }
            }

            @Override
            public void problem(InputProblem p) {
                synchronized (err) {
                    err.println(p);
                    err.flush();
                }
            }
        }).stream(chosen, stdin);
    }

    private Ingest ingest() {
        if (maxArticleMb <= 0) {
            throw new UserException(ExitCodes.USAGE, "--max-article-size must be positive, got " + maxArticleMb);
        }
        return new Ingest().maxArticleBytes((long) (maxArticleMb * 1024 * 1024)).keepAbsolutePaths(keepPaths);
    }

    /** Reads and cleans every article, holding them all (for the benches); prints one line per problem to {@code err}. */
    public IngestResult read(List<String> chosen, InputStream stdin, PrintWriter err, Progress progress) {
        Ingest ingest = ingest();
        Progress.Bar[] bar = {null};
        IngestResult result = ingest.listener(new Ingest.Listener() {
            @Override
            public void sourcesFound(int count) {
                bar[0] = progress.bar("Reading", count);
            }

            @Override
            public void sourceRead(String name, int articles) {
                bar[0].step();
            }
        }).read(chosen, stdin);
        if (bar[0] != null) {
            bar[0].close();
        }
        for (InputProblem p : result.problems()) {
            err.println(p);
        }
        err.flush();
        return result;
    }

    /** examples/articles beside the launcher (newsgraph.home), else under the current directory. */
    public static Path examplesFolder() {
        String home = System.getProperty("newsgraph.home");
        if (home != null) {
            Path p = Path.of(home).resolve(EXAMPLES);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        Path local = Path.of(EXAMPLES);
        if (Files.isDirectory(local)) {
            return local;
        }
        throw new UserException(ExitCodes.USAGE, "no INPUT given and the bundled examples (" + EXAMPLES
                + ") were not found; name the articles to read");
    }
}
