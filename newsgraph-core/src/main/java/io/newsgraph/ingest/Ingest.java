package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads news articles from files, directories and standard input, and cleans their text. This is
 * the ingest stage's one entry point; {@link #stream} hands the articles out one at a time (what
 * extraction uses, so a corpus is never held whole), {@link #read} collects them:
 *
 * <pre>{@code
 * IngestResult r = new Ingest().read(List.of("examples/articles", "-"), System.in);
 * r.articles();                        // cleaned articles, in input order
 * r.problems().forEach(System.err::println);   // one line per problem
 * }</pre>
 *
 * <h2>Inputs</h2>
 * An input is a file, a directory (walked recursively in name order; hidden files skipped;
 * symbolic link loops reported, not followed; files with other extensions reported, not read)
 * or "-" for standard input. Formats: plain text (.txt), Markdown with YAML front matter (.md,
 * .markdown), HTML (.html, .htm), JSON Lines corpora (.jsonl, .ndjson, also gzip-compressed
 * .jsonl.gz). A generic or missing extension is decided by sniffing the content.
 *
 * <h2>Article ids</h2>
 * Running twice over the same files gives the same ids:
 * <ol>
 * <li>the {@code id} of the front matter or of the JSON line, as given;</li>
 * <li>else, for a file, the slug of its name without extensions
 *     ({@link io.newsgraph.model.Ids#slug}: "000_e70c302caeaf0a62.txt" is "000-e70c302caeaf0a62");</li>
 * <li>else, for a JSON line without id, that slug plus "-" and the first 8 hex digits of the
 *     SHA-256 of the cleaned text; for standard input and pipes ("/dev/fd/63") "stdin-" and
 *     that hash.</li>
 * </ol>
 * When an id is already taken in the run (two files named "report.txt" in different folders, a
 * JSON id used twice), the later article gets "-" and its text hash appended (and "-2", "-3"
 * if the text is identical too); a duplicate given id is reported as a warning. Inputs are read
 * in a fixed order, so the same inputs always produce the same ids.
 *
 * <h2>Size limit</h2>
 * {@link #DEFAULT_MAX_ARTICLE_BYTES} (5 MB) per article: a text or Markdown file, a JSON line,
 * standard input; HTML may be four times that for its markup. A larger file is refused from its
 * size on disk without being read. A JSON Lines corpus is streamed and may be of any size.
 *
 * <h2>Articles</h2>
 * {@link Article#text()} is cleaned once, here ({@link TextCleaner}): every later offset points
 * into it. Title, author, date, source and url come from the format's metadata, else from the
 * text (a headline first line, a byline, a dateline), else the title is the file name.
 * {@link Article#path()} is the file's path relative to the input the user named: "sub/story.txt"
 * for a file found in a named folder, the file name alone for a file named directly, the corpus
 * file for a JSON line, {@code "<stdin>"} for standard input. So an exported graph does not carry
 * the folder layout (user name, home folder) of the machine it was made on;
 * {@link #keepAbsolutePaths(boolean)} records absolute paths instead. Problem messages still
 * name each input as the user named it.
 *
 * <h2>Problems</h2>
 * Nothing is thrown for bad input: each problem becomes one {@link InputProblem} naming the
 * input (and line), and every good input is still read. {@link IngestResult#hasErrors()} says
 * whether anything was skipped.
 */
public final class Ingest {
    /** Largest text accepted for one article: 5 MB (binary megabytes). */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    private final long maxArticleBytes;
    private final Listener listener;
    private final boolean absolutePaths;

    public Ingest() {
        this(DEFAULT_MAX_ARTICLE_BYTES, new Listener() { }, false);
    }

    /**
     * Hears how many sources the inputs hold, once they are listed, each one once it is used up
     * (for progress bars), and each problem as soon as its input is done with.
     */
    public interface Listener {
        default void sourcesFound(int count) {
        }

        /** {@code articles}: how many articles the source gave (0 for an input refused). */
        default void sourceRead(String name, int articles) {
        }

        default void problem(InputProblem problem) {
        }
    }

    private Ingest(long maxArticleBytes, Listener listener, boolean absolutePaths) {
        this.maxArticleBytes = maxArticleBytes;
        this.listener = listener;
        this.absolutePaths = absolutePaths;
    }

    /** A copy with another per-article size limit, in bytes. */
    public Ingest maxArticleBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + bytes);
        }
        return new Ingest(bytes, listener, absolutePaths);
    }

    /** A copy that tells {@code listener} how many sources there are and when each has been read. */
    public Ingest listener(Listener listener) {
        return new Ingest(maxArticleBytes, Objects.requireNonNull(listener), absolutePaths);
    }

    /** A copy whose articles record the absolute path of their file ({@code true}) or the relative one (the default). */
    public Ingest keepAbsolutePaths(boolean absolute) {
        return new Ingest(maxArticleBytes, listener, absolute);
    }

    /**
     * Reads every input and keeps every article: for callers that want the corpus in hand (tests,
     * benches). Never throws for bad input; I/O failures of single files become problems.
     *
     * @param inputs paths of files or directories, or "-" for {@code stdin}
     * @param stdin  read when an input is "-"; not closed
     */
    public IngestResult read(List<String> inputs, InputStream stdin) {
        List<Article> articles = new ArrayList<>();
        try (ArticleStream stream = stream(inputs, stdin)) {
            stream.forEachRemaining(articles::add);
            return new IngestResult(articles, stream.problems());
        }
    }

    /**
     * The inputs' articles, read one at a time as they are taken: the same articles, ids and
     * problems as {@link #read}, in the same order, without holding more than one article. The
     * folders are walked now (their problems reach the listener at once); no file is opened yet.
     *
     * @param inputs paths of files or directories, or "-" for {@code stdin}
     * @param stdin  read when an input is "-"; not closed
     */
    public ArticleStream stream(List<String> inputs, InputStream stdin) {
        Problems problems = new Problems();
        List<Source> sources = new InputExpander(new ReaderRegistry(), problems).expand(inputs, stdin);
        return new ArticleStream(sources, problems, new ArticleFinisher(absolutePaths), maxArticleBytes, listener);
    }

    /** The text cleaner every article goes through; exposed for callers that clean other text the same way. */
    public static TextCleaner cleaner() {
        return TextCleaner.standard();
    }
}
