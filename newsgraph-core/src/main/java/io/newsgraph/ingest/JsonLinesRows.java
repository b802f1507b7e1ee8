package io.newsgraph.ingest;

import io.newsgraph.model.Article;

import java.util.List;

/**
 * The rows of a JSON Lines corpus turned into articles one line at a time, for a reader that splits
 * the corpus itself (a Spark job reads its lines in partitions, on many machines): each line is
 * parsed and cleaned as {@code extract} does it, and its id is given by the same rule. Ids are
 * unique among the lines one instance has seen; a corpus split across instances must carry its own
 * unique "id"s (lines without one get the corpus name and a hash of their text, which only
 * identical texts share). Bad lines are kept as problems, one line each, and give no article.
 */
public final class JsonLinesRows {
    private final Source source;
    private final Problems problems = new Problems();
    private final ReadContext context;
    private final ArticleFinisher finisher = new ArticleFinisher(false);

    /** @param corpus the corpus as the user named it: messages and the articles' path name it */
    public JsonLinesRows(String corpus) {
        this.source = Source.namedCorpus(corpus);
        this.context = new ReadContext(source, Ingest.DEFAULT_MAX_ARTICLE_BYTES, problems);
    }

    /** The article of one line (1-based {@code lineNo}), or null for a blank or bad line (see {@link #problems}). */
    public Article article(String line, int lineNo) {
        if (line.isBlank()) {
            return null;
        }
        if (line.length() > Ingest.DEFAULT_MAX_ARTICLE_BYTES) {
            problems.error(source.name(), lineNo, "too large (" + ReadContext.megabytes(line.length()) + ")");
            return null;
        }
        Draft d = JsonLinesArticleReader.parse(line.charAt(0) == '\uFEFF' ? line.substring(1) : line, lineNo, context);
        return d == null ? null : finisher.finish(d, source, context);
    }

    /** The problems of the lines read so far, in the order they were met. */
    public List<InputProblem> problems() {
        return List.copyOf(problems.list());
    }
}
