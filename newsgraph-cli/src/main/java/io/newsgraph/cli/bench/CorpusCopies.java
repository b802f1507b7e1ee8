package io.newsgraph.cli.bench;

import io.newsgraph.model.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * A corpus k times the size of the input: k copies of every article, each a distinct article (its
 * own id and url) with the same words, like one story carried by many outlets. Entities therefore
 * stay the same while articles, mentions and evidence grow k times.
 *
 * <p>Copy 1 is the article itself. Copy c &gt; 1 ends with c - 1 extra newlines: the extraction
 * pipeline annotates identical texts only once, and without them the copies would cost nothing to
 * annotate, unlike k distinct articles of the same length. Trailing newlines add no token, sentence
 * or offset, so the copies extract exactly as the original does.
 */
final class CorpusCopies {
    private CorpusCopies() {
    }

    /** k copies of each article, grouped by copy (all of copy 1, then all of copy 2, ...). */
    static List<Article> of(List<Article> articles, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the corpus factor must be at least 1, got " + k);
        }
        List<Article> out = new ArrayList<>(articles.size() * k);
        for (int copy = 1; copy <= k; copy++) {
            for (Article a : articles) {
                out.add(copy(a, copy));
            }
        }
        return out;
    }

    static Article copy(Article a, int copy) {
        if (copy == 1) {
            return a;
        }
        String suffix = "-copy-" + copy;
        return new Article(a.id() + suffix, a.title(), a.source(), a.published(),
                a.url() == null ? null : a.url() + "#copy-" + copy, a.author(), a.path(),
                a.text() + "\n".repeat(copy - 1));
    }
}
