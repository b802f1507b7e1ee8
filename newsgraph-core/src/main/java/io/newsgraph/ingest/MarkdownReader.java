package io.newsgraph.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Markdown with optional YAML front matter. The front matter gives the metadata (title, date or
 * published, source, url, author, id) and is not part of the text; a broken front matter is a
 * warning and the body is still read.
 */
final class MarkdownReader implements ArticleReader {
    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown", "mdown", "mkd");
    }

    /** A text file that opens with front matter is Markdown in disguise (as one seed is). */
    @Override
    public boolean sniff(String head) {
        return FrontMatter.startsWithFrontMatter(head);
    }

    @Override
    public List<Draft> read(ReadContext in) throws IOException, RejectedInput {
        FrontMatter fm = FrontMatter.parse(in.text());
        fm.problems().forEach(p -> in.warn(0, p));
        String body = MarkdownText.toPlainText(fm.body());
        String title = fm.get("title", "headline");
        if (title == null) {
            title = firstHeading(fm.body());
        }
        return List.of(new Draft(fm.get("id"), title,
                fm.get("source", "publisher", "site", "outlet"),
                fm.get("published", "date", "pubdate", "publishdate", "date_published"),
                fm.get("url", "link", "canonical_url", "source_url"),
                fm.get("author", "authors", "byline"),
                body, 0));
    }

    private static String firstHeading(String markdown) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                return MarkdownText.inline(line.substring(2).strip());
            }
        }
        return null;
    }
}
