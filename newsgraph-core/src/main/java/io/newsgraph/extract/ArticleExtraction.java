package io.newsgraph.extract;

import io.newsgraph.model.Article;

import java.util.List;
import java.util.Map;

/**
 * What extraction found in one article, before entities are resolved across articles, and for the
 * names whose type the text gave evidence for, the rule that decided it ({@link TypeEvidence}).
 */
public record ArticleExtraction(Article article, List<Mention> mentions, List<Frame> frames, List<Sentence> sentences,
                                int tokens, Map<String, String> typeRules) implements java.io.Serializable {
    /** A sentence's character offsets into the cleaned text and the text itself. */
    public record Sentence(int begin, int end, String text) implements java.io.Serializable {
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

    /**
     * The same result holding the text of only the sentences a mention or a frame is in: all that
     * resolution reads (a frame's sentence becomes its evidence text, an organisation mention's
     * sentence is searched for a bracketed acronym). The other sentences keep their offsets, and
     * the article keeps its whole text; so a run holding many articles' results until they are
     * resolved holds their text once, not twice.
     */
    public ArticleExtraction withUsedSentenceTextOnly() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        mentions.forEach(m -> used.add(m.sentence()));
        frames.forEach(f -> used.add(f.sentence()));
        List<Sentence> kept = new java.util.ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sen = sentences.get(s);
            kept.add(used.contains(s) ? sen : new Sentence(sen.begin(), sen.end(), ""));
        }
        return new ArticleExtraction(article, mentions, frames, kept, tokens, typeRules);
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
