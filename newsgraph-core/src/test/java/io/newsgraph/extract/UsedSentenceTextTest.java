package io.newsgraph.extract;

import io.newsgraph.model.Article;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;
import io.newsgraph.resolve.Resolver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After extraction a result keeps the text of only the sentences resolution reads, and resolves to the same graph. */
class UsedSentenceTextTest {
    private static final String[] SENTENCES = {
        "Ardmoor Textiles (AT) opened a mill.",
        "Maren Varga leads Ardmoor Textiles.",
        "Rain fell all week.",
    };

    @Test
    void onlySentencesWithAMentionOrAFrameKeepTheirText() {
        ArticleExtraction x = extraction();
        ArticleExtraction kept = x.withUsedSentenceTextOnly();

        assertThat(kept.sentences()).extracting(ArticleExtraction.Sentence::text)
                .containsExactly(SENTENCES[0], SENTENCES[1], "");
        assertThat(kept.sentences()).extracting(ArticleExtraction.Sentence::begin)
                .containsExactlyElementsOf(x.sentences().stream().map(ArticleExtraction.Sentence::begin).toList());
        assertThat(kept.article()).isSameAs(x.article());
    }

    @Test
    void theGraphIsTheSameWithOrWithoutTheUnusedText() {
        ArticleExtraction x = extraction();
        assertThat(Resolver.resolve(List.of(x.article()), List.of(x)).facts()).as("a fact whose evidence is a sentence").hasSize(1);
        assertThat(Resolver.resolve(List.of(x.article()), List.of(x.withUsedSentenceTextOnly())))
                .isEqualTo(Resolver.resolve(List.of(x.article()), List.of(x)));
    }

    private static ArticleExtraction extraction() {
        String text = String.join(" ", SENTENCES);
        List<ArticleExtraction.Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String s : SENTENCES) {
            sentences.add(new ArticleExtraction.Sentence(at, at + s.length(), s));
            at += s.length() + 1;
        }
        Article a = new Article("a1", "Mill", null, "2025-05-01", null, null, null, text);
        Mention mill = new Mention(0, 0, 16, "Ardmoor Textiles", "Ardmoor Textiles", EntityType.ORGANIZATION, false);
        int second = sentences.get(1).begin();
        Mention varga = new Mention(1, second, second + 11, "Maren Varga", "Maren Varga", EntityType.PERSON, false);
        Mention firm = new Mention(1, second + 18, second + 34, "Ardmoor Textiles", "Ardmoor Textiles", EntityType.ORGANIZATION, false);
        Frame leads = Frame.of("test/invented", Predicate.LEADS, 1, 2, varga, List.of(firm), List.of(), 0.9);
        return new ArticleExtraction(a, List.of(mill, varga, firm), List.of(leads), sentences, 18);
    }
}
