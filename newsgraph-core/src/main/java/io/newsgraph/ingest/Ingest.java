package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads news articles from files, directories and standard input, and cleans their text. This is
 * the ingest stage's one entry point:
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
    private static final int SNIFF_BYTES = 8192;

    private final long maxArticleBytes;
    private final Listener listener;
    private final boolean absolutePaths;
    private final TextCleaner cleaner = TextCleaner.standard();

    public Ingest() {
        this(DEFAULT_MAX_ARTICLE_BYTES, new Listener() { }, false);
    }

    /** Hears how many sources the inputs hold, once they are listed, and each one as it is read (for progress bars). */
    public interface Listener {
        default void sourcesFound(int count) {
        }

        default void sourceRead(String name) {
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
     * Reads every input. Never throws for bad input; I/O failures of single files become problems.
     *
     * @param inputs paths of files or directories, or "-" for {@code stdin}
     * @param stdin  read when an input is "-"; not closed
     */
    public IngestResult read(List<String> inputs, InputStream stdin) {
        Problems problems = new Problems();
        ReaderRegistry registry = new ReaderRegistry();
        ArticleIds ids = new ArticleIds();
        List<Article> articles = new ArrayList<>();
        // The tree is walked once: the listener learns the total from the same listing that is read.
        List<Source> sources = new InputExpander(registry, problems).expand(inputs, stdin);
        listener.sourcesFound(sources.size());
        for (Source source : sources) {
            ReadContext in = new ReadContext(source, maxArticleBytes, problems);
            int problemsBefore = problems.size();
            try {
                for (Draft d : readSource(source, registry, in)) {
                    Article a = finish(d, source, ids, in);
                    if (a != null) {
                        articles.add(a);
                    }
                }
            } catch (RejectedInput e) {
                in.error(0, e.getMessage());
            } catch (java.util.zip.ZipException e) {
                in.error(0, "not a valid gzip file (" + e.getMessage() + ")");
            } catch (java.io.EOFException e) {
                in.error(0, "file is cut off (" + e.getMessage() + ")");
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                in.error(0, "cannot read (" + InputExpander.reason(io) + ")");
            } catch (RuntimeException | StackOverflowError e) {
                // A bug or a pathological input in one reader must not cost the user the other inputs.
                in.error(0, "could not be read: internal error (" + e + "); please report it");
            }
            problems.sortByLineFrom(problemsBefore);
            listener.sourceRead(source.name());
        }
        return new IngestResult(articles, problems.list());
    }

    /** The text cleaner every article goes through; exposed for callers that clean other text the same way. */
    public static TextCleaner cleaner() {
        return TextCleaner.standard();
    }

    private static List<Draft> readSource(Source source, ReaderRegistry registry, ReadContext in)
            throws IOException, RejectedInput {
        if (source.sizeOnDisk() == 0) {
            throw new RejectedInput("empty file");
        }
        byte[] head = source.head(SNIFF_BYTES);
        if (head.length == 0) {
            throw new RejectedInput(source.isStdin() ? "standard input is empty" : "empty file");
        }
        String binary = BinarySniffer.describe(head);
        if (binary != null) {
            throw new RejectedInput("not a text file (looks like " + binary + ")");
        }
        ArticleReader reader = registry.pick(source.extension(), TextDecoder.decodeHead(head));
        return reader.read(in);
    }

    private Article finish(Draft d, Source source, ArticleIds ids, ReadContext in) {
        TextCleaner.Result cleaned = cleaner.clean(d.text());
        if (cleaned.text().isBlank()) {
            in.error(d.line(), "no article text left after removing page furniture");
            return null;
        }
        String where = source.name() + (d.line() > 0 ? ":" + d.line() : "");
        String id = ids.assign(d.id(), source, d.line(), cleaned.text(), where, in);
        String title = cleaner.cleanInline(d.title());
        if (title == null) {
            String first = cleaned.text().split("\n", 2)[0];
            // A line of a corpus is better named by its own id than by the corpus file.
            title = Headlines.looksLikeHeadline(first) ? first : source.isStdin() || d.line() > 0 ? id : source.stem();
        }
        String published = null;
        if (d.published() != null) {
            published = DateNormalizer.toIsoDate(d.published());
            if (published == null) {
                in.warn(d.line(), "date '" + d.published().strip() + "' not understood; ignored");
            }
        }
        if (published == null) {
            published = cleaned.datelinePublished();
        }
        String author = cleaner.cleanInline(d.author());
        if (author == null) {
            author = cleaned.bylineAuthor();
        }
        return new Article(id, title, cleaner.cleanInline(d.source()), published, cleaner.cleanInline(d.url()),
                author, source.recordedPath(absolutePaths), cleaned.text());
    }
}
