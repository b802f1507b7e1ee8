package io.newsgraph.extract;

import io.newsgraph.model.Article;

import java.util.List;
import java.util.Map;

/**
 * What extraction found in one article, before entities are resolved across articles, and for the
 * names whose type the text gave evidence for, the rule that decided it ({@link TypeEvidence}).
 */
public record ArticleExtraction(Article article, List<Mention> mentions, List<Frame> frames, List<Sentence> sentences,
                                int tokens, Map<String, String> typeRules) {
    /** A sentence's character offsets into the cleaned text and the text itself. */
    public record Sentence(int begin, int end, String text) {
    }

    public ArticleExtraction {
        mentions = List.copyOf(mentions);
        frames = List.copyOf(frames);
        sentences = List.copyOf(sentences);
        typeRules = Map.copyOf(typeRules);
    }

    /** A result without recorded type rules (hand-made in tests, or merged from parts). */
    public ArticleExtraction(Article article, List<Mention> mentions, List<Frame> frames, List<Sentence> sentences, int tokens) {
        this(article, mentions, frames, sentences, tokens, Map.of());
    }

    /** The same result for another article with the same text (identical texts are extracted once). */
    public ArticleExtraction withArticle(Article other) {
        return new ArticleExtraction(other, mentions, frames, sentences, tokens, typeRules);
    }

    /** What extraction found in a context the extractors have run over. */
    public static ArticleExtraction of(ArticleContext ctx) {
        List<Sentence> ss = new java.util.ArrayList<>();
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            ss.add(new Sentence(ctx.sentenceBegin(s), ctx.sentenceEnd(s), ctx.sentenceText(s)));
        }
        return new ArticleExtraction(ctx.article(), ctx.mentions(), ctx.frames(), ss, ctx.annotated().tokenCount(), ctx.typeRules());
    }
}
