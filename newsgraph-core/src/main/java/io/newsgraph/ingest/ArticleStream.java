package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The articles of a run's inputs, read one at a time as they are asked for: a file is opened
 * when the article before it has been taken, a JSON Lines corpus is read a line ahead, so only
 * the article being handed out (and a read buffer) is held here, whatever the size of the
 * inputs. Made by
 * {@link Ingest#stream}.
 *
 * <p>The files were all listed first (walking folders is cheap, and the problems found while
 * walking come first, as they always have). Each input's problems reach the listener when that
 * input is used up, sorted by line, in the same order and words as {@link Ingest#read} gives them.
 * Ids are handed out in input order, so they are the same as when all inputs are read first.
 */
public final class ArticleStream implements Iterator<Article>, AutoCloseable {
    private static final int SNIFF_BYTES = 8192;

    private final List<Source> sources;
    private final ArticleFinisher finisher;
    private final long maxArticleBytes;
    private final Ingest.Listener listener;
    private final ReaderRegistry registry = new ReaderRegistry();
    private final Problems problems;
    private int released;
    private int nextSource;
    private int articlesFromSource;
    private Source source;
    private ReadContext in;
    private Drafts drafts;
    private Article pending;
    private int articles;

    ArticleStream(List<Source> sources, Problems walkProblems, ArticleFinisher finisher, long maxArticleBytes,
                  Ingest.Listener listener) {
        this.sources = sources;
        this.problems = walkProblems;
        this.finisher = finisher;
        this.maxArticleBytes = maxArticleBytes;
        this.listener = listener;
        releaseProblems();
        listener.sourcesFound(sources.size());
    }

    /** The number of inputs (files, standard input) found; a corpus counts once, whatever its lines. */
    public int sourceCount() {
        return sources.size();
    }

    /**
     * The number of articles to expect, or -1 when it cannot be known without reading the inputs
     * twice: when a JSON Lines corpus or standard input is among them. Otherwise each file holds
     * one article at most (a .txt that turns out to be a corpus is the rare exception, and
     * progress bars must cope with going past this figure).
     */
    public long expectedArticles() {
        boolean corpus = sources.stream().anyMatch(s -> s.isStdin() || registry.isCorpusExtension(s.extension()));
        return corpus ? -1 : sources.size();
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (source == null && !openNextSource()) {
                return false;
            }
            if (drafts != null) {
                pending = nextFromSource();
            }
        }
        return true;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = pending;
        pending = null;
        articles++;
        return a;
    }

    /** How many articles have been handed out so far. */
    public int articlesRead() {
        return articles;
    }

    /** Every problem met so far, in the order the listener heard them. */
    public List<InputProblem> problems() {
        return List.copyOf(problems.list().subList(0, released));
    }

    /** The problems so far that cost an input or a line. */
    public long errorCount() {
        return problems().stream().filter(InputProblem::skipped).count();
    }

    /** Closes the input being read, if any (the stream was left before its end). */
    @Override
    public void close() {
        closeDrafts();
    }

    private boolean openNextSource() {
        if (nextSource == sources.size()) {
            return false;
        }
        source = sources.get(nextSource++);
        in = new ReadContext(source, maxArticleBytes, problems);
        articlesFromSource = 0;
        try {
            drafts = open(source, in);
        } catch (Exception | StackOverflowError e) {
            failed(e);
        }
        return true;
    }

    /** The next article of the current input, or null when it gave a bad draft or was used up. */
    private Article nextFromSource() {
        try {
            Draft d = drafts.next();
            if (d == null) {
                endSource();
                return null;
            }
            Article a = finisher.finish(d, source, in);
            if (a != null) {
                articlesFromSource++;
            }
            return a;
        } catch (Exception | StackOverflowError e) {
            failed(e);
            return null;
        }
    }

    private Drafts open(Source s, ReadContext context) throws IOException, RejectedInput {
        if (s.sizeOnDisk() == 0) {
            throw new RejectedInput("empty file");
        }
        byte[] head = s.head(SNIFF_BYTES);
        if (head.length == 0) {
            throw new RejectedInput(s.isStdin() ? "standard input is empty" : "empty file");
        }
        String binary = BinarySniffer.describe(head);
        if (binary != null) {
            throw new RejectedInput("not a text file (looks like " + binary + ")");
        }
        return registry.pick(s.extension(), TextDecoder.decodeHead(head)).open(context);
    }

    /** The whole input fails: one line naming it, then on to the next input. */
    private void failed(Throwable e) {
        in.error(0, InputFailures.describe(e));
        endSource();
    }

    private void endSource() {
        closeDrafts();
        problems.sortByLineFrom(released);
        releaseProblems();
        listener.sourceRead(source.name(), articlesFromSource);
        source = null;
        in = null;
    }

    private void closeDrafts() {
        if (drafts != null) {
            try {
                drafts.close();
            } catch (IOException | UncheckedIOException e) {
                // Everything wanted was read; a failing close costs the user nothing.
            }
            drafts = null;
        }
    }

    private void releaseProblems() {
        List<InputProblem> all = problems.list();
        while (released < all.size()) {
            listener.problem(all.get(released++));
        }
    }
}
