package io.newsgraph.pipeline;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.TextChunks;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the extraction results of consecutive parts of one very long article into the one
 * {@link ArticleExtraction} that resolution expects, as if the article had been extracted whole:
 * sentence numbers of mentions and frames and sentence character offsets are shifted to be
 * article-wide. Only these small results are kept; each part's CoreNLP annotation is dropped
 * before the next part is annotated, so the memory an article needs while it is extracted is
 * bounded by the part size, not by the article's length.
 *
 * <p>Lost across parts (each part is its own document for the extractors): coreference links
 * (already piece-local within a part, see {@link io.newsgraph.nlp.AnnotationMerger}), the
 * article's vote on a name's type and the tagging of surnames NER missed ({@link MentionExtractor};
 * each part votes on its own, and the resolver's vote over all mentions still counts every part),
 * title holders ("the Russian leader" resolved to the person named as leader earlier),
 * demonyms resolved from a country the article named, and a list item's subject taken from a
 * heading in the part before. Entity resolution still sees the whole article: short names are
 * merged with full names anywhere in it.
 */
public final class ArticleParts {
    /**
     * Articles longer than this many characters are extracted part by part. Measured: the
     * merged annotation keeps about 2.8 KB per token and 100,000 characters are about 22,600
     * tokens (a 100,000-character article peaked at 1.49 GB heap after GC, 1.43 GB of it the
     * models), so a 200,000-character part holds about 130 MB of annotation, and two threads
     * each on a long article stay far under the 4 GB heap. A 5 MB article annotated into one
     * annotation would keep about 2.9 GB and run out. With parts of this size, a
     * 1,000,000-character article (185,000 tokens, six parts) peaked at 1.78 GB heap after GC
     * against 1.42 GB for the models alone. Smaller parts lose more cross-sentence
     * context; the extractors also scan the article's mentions once per sentence, which grows
     * with the square of the article's length, so a part of this size keeps that small too.
     */
    public static final int PART_CHARS = 200_000;
    /** Overrides {@link #PART_CHARS} (tests force the part path on a short article). */
    public static final String PART_CHARS_PROPERTY = "newsgraph.partChars";

    private final Article article;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private final List<ArticleExtraction.Sentence> sentences = new ArrayList<>();
    private int tokens;
    private int nextBegin;

    public ArticleParts(Article article) {
        this.article = article;
    }

    /** The part size in characters: {@link #PART_CHARS} unless the system property sets another. */
    public static int partChars() {
        int n = Integer.getInteger(PART_CHARS_PROPERTY, PART_CHARS);
        if (n < 2) {
            throw new IllegalArgumentException(PART_CHARS_PROPERTY + " must be at least 2, got " + n);
        }
        return n;
    }

    /** The parts an article is cut into, between paragraphs or sentences; one part when it fits. */
    public static List<TextChunks.Chunk> split(String text, int partChars) {
        return TextChunks.split(text, partChars);
    }

    /**
     * Appends the result of extracting {@code part} of the article on its own (offsets relative
     * to the part's text); parts must come in order and cover the text without gaps.
     */
    public void add(TextChunks.Chunk part, ArticleExtraction result) {
        if (part.begin() != nextBegin || part.end() > article.text().length()) {
            throw new IllegalArgumentException("part " + part + " does not follow the parts before it (next begins at "
                    + nextBegin + ") in article " + article.id());
        }
        int sentenceShift = sentences.size();
        for (ArticleExtraction.Sentence s : result.sentences()) {
            sentences.add(new ArticleExtraction.Sentence(s.begin() + part.begin(), s.end() + part.begin(), s.text()));
        }
        result.mentions().forEach(m -> mentions.add(shifted(m, sentenceShift)));
        result.frames().forEach(f -> frames.add(shifted(f, sentenceShift)));
        tokens += result.tokens();
        nextBegin = part.end();
    }

    /** The whole article's result; mentions stay in text order because parts come in order. */
    public ArticleExtraction combined() {
        if (nextBegin != article.text().length()) {
            throw new IllegalStateException("article " + article.id() + ": parts cover " + nextBegin + " of "
                    + article.text().length() + " characters");
        }
        return new ArticleExtraction(article, mentions, frames, sentences, tokens);
    }

    static Mention shifted(Mention m, int sentenceShift) {
        if (m == null || sentenceShift == 0) {
            return m;
        }
        return new Mention(m.sentence() + sentenceShift, m.begin(), m.end(), m.text(), m.name(), m.type(), m.synthetic());
    }

    static Frame shifted(Frame f, int sentenceShift) {
        if (sentenceShift == 0) {
            return f;
        }
        return new Frame(f.rule(), f.predicate(), f.sentence() + sentenceShift, f.anchor(), shifted(f.agent(), sentenceShift),
                f.objects().stream().map(m -> shifted(m, sentenceShift)).toList(),
                f.topics().stream().map(m -> shifted(m, sentenceShift)).toList(),
                f.confidence(), f.polarity(), f.modality(), f.attributedTo(), f.date(), f.cameo());
    }
}
