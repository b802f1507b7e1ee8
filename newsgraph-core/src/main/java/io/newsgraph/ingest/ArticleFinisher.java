package io.newsgraph.ingest;

import io.newsgraph.model.Article;

/**
 * Turns a reader's draft into a finished article: cleaned text, an id unique in the run, and the
 * title, date and author from the metadata or else from the text (rules on {@link Ingest}).
 * One per run: it remembers the ids handed out.
 */
final class ArticleFinisher {
    private final TextCleaner cleaner = TextCleaner.standard();
    private final ArticleIds ids = new ArticleIds();
    private final boolean absolutePaths;

    ArticleFinisher(boolean absolutePaths) {
        this.absolutePaths = absolutePaths;
    }

    /** The article, or null (with the problem reported) when nothing is left after cleaning. */
    Article finish(Draft d, Source source, ReadContext in) {
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
