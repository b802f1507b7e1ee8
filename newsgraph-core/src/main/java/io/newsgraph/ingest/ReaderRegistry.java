package io.newsgraph.ingest;

import java.util.List;

/**
 * Picks the reader for an input. A specific extension (.md, .html, .jsonl) decides; a generic
 * or missing one (.txt, none, unknown) is decided by sniffing the content, so that a ".txt"
 * that is really HTML, or Markdown with front matter, is read for what it is.
 */
final class ReaderRegistry {
    private final List<ArticleReader> sniffOrder;
    private final ArticleReader fallback = new PlainTextReader();

    ReaderRegistry() {
        sniffOrder = List.of(new JsonLinesArticleReader(), new HtmlReader(), new MarkdownReader());
    }

    ArticleReader pick(String extension, String head) {
        for (ArticleReader r : sniffOrder) {
            if (r.extensions().contains(extension)) {
                return r;
            }
        }
        for (ArticleReader r : sniffOrder) {
            if (r.sniff(head)) {
                return r;
            }
        }
        return fallback;
    }

    /** Whether this extension names a JSON Lines corpus, which holds any number of articles. */
    boolean isCorpusExtension(String extension) {
        return sniffOrder.get(0).extensions().contains(extension);
    }

    /** Whether files with this extension are read when found in a directory. */
    boolean isArticleExtension(String extension) {
        return fallback.extensions().contains(extension)
                || sniffOrder.stream().anyMatch(r -> r.extensions().contains(extension));
    }
}
