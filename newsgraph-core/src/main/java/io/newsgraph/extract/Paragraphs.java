package io.newsgraph.extract;

/**
 * Where each sentence's paragraph begins: a blank line in the article text between two sentences
 * starts a new paragraph (ingest keeps paragraphs apart that way).
 */
final class Paragraphs {
    private final int[] start;

    private Paragraphs(int[] start) {
        this.start = start;
    }

    static Paragraphs of(ArticleContext ctx) {
        int n = ctx.sentenceCount();
        int[] start = new int[n];
        String text = ctx.article().text();
        for (int s = 1; s < n; s++) {
            int from = Math.min(ctx.sentenceEnd(s - 1), text.length());
            int to = Math.max(from, Math.min(ctx.sentenceBegin(s), text.length()));
            start[s] = text.substring(from, to).matches("(?s).*\\n\\s*\\n.*") ? s : start[s - 1];
        }
        return new Paragraphs(start);
    }

    /** The first sentence of sentence s's paragraph. */
    int start(int s) {
        return start[s];
    }
}
