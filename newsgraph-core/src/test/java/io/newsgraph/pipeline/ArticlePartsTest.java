package io.newsgraph.pipeline;

import io.newsgraph.extract.ArticleExtraction;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Article;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Event;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Graph;
import io.newsgraph.resolve.Resolver;
import io.newsgraph.model.Predicate;
import io.newsgraph.nlp.TextChunks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Joining the results of a long article's parts, without CoreNLP: a stand-in extractor that reads
 * one "Name leads Place." statement per line only looks at each line, so extracting the parts
 * and joining them must give exactly what extracting the whole text gives.
 */
class ArticlePartsTest {
    private static final Pattern LINE = Pattern.compile("(?m)^(\\w+) (leads|visited) (\\w+)\\.$");
    private static final String[] PEOPLE = {"Orla", "Benedek", "Sunniva", "Teodor", "Maelis"};
    private static final String[] PLACES = {"Tamsford", "Kellmouth", "Ostrand", "Brinavale"};

    private static Article article(String text) {
        return new Article("parts", "Parts", "test", "2024-06-03", null, null, null, text);
    }

    private static String text(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(PEOPLE[i % PEOPLE.length]).append(i % 3 == 0 ? " visited " : " leads ").append(PLACES[i % PLACES.length]).append(".\n");
            if (i % 4 == 3) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** One sentence per line, a mention for the name and the place, a LEADS frame where the line says so. */
    private static ArticleExtraction standIn(Article a) {
        List<ArticleExtraction.Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        Matcher m = LINE.matcher(a.text());
        while (m.find()) {
            int s = sentences.size();
            sentences.add(new ArticleExtraction.Sentence(m.start(), m.end(), m.group()));
            Mention who = new Mention(s, 0, 1, m.group(1), m.group(1), EntityType.PERSON, false);
            Mention where = new Mention(s, 2, 3, m.group(3), m.group(3), EntityType.LOCATION, false);
            mentions.add(who);
            mentions.add(where);
            if (m.group(2).equals("leads")) {
                frames.add(Frame.of("stand-in/test-rule", Predicate.LEADS, s, 1, who, List.of(where), List.of(), 0.9));
            }
        }
        return new ArticleExtraction(a, mentions, frames, sentences, sentences.size() * 4);
    }

    private static ArticleExtraction inParts(Article a, int partChars) {
        ArticleParts parts = new ArticleParts(a);
        for (TextChunks.Chunk c : ArticleParts.split(a.text(), partChars)) {
            parts.add(c, standIn(a.withText(c.of(a.text()))));
        }
        return parts.combined();
    }

    @Test
    void partsJoinedGiveWhatTheWholeTextGives() {
        Article a = article(text(60));
        assertThat(ArticleParts.split(a.text(), 200)).hasSizeGreaterThan(5);
        ArticleExtraction joined = inParts(a, 200);
        assertThat(joined).isEqualTo(standIn(a));
        assertThat(joined.article()).isSameAs(a);
        assertThat(joined.tokens()).isEqualTo(60 * 4);
    }

    @Test
    void evidenceAndEventsAreArticleWideAfterResolution() {
        Article a = article(text(60));
        Graph g = Resolver.resolve(List.of(a), List.of(inParts(a, 150)));
        List<Evidence> all = g.facts().stream().flatMap(f -> f.evidence().stream()).toList();
        assertThat(all).hasSize(40);
        int prev = -1;
        for (Evidence e : all.stream().sorted(java.util.Comparator.comparingInt(Evidence::start)).toList()) {
            assertThat(a.text().substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.sentence()).isGreaterThan(prev);
            assertThat(a.text().lines().filter(l -> !l.isEmpty()).toList().get(e.sentence())).isEqualTo(e.text());
            prev = e.sentence();
        }
        assertThat(g.events()).extracting(Event::sentence).allMatch(s -> s < 60);
    }

    @Test
    void aTextThatFitsIsOnePartAndUnchanged() {
        Article a = article(text(3));
        assertThat(ArticleParts.split(a.text(), 10_000)).containsExactly(new TextChunks.Chunk(0, a.text().length()));
        assertThat(inParts(a, 10_000)).isEqualTo(standIn(a));
    }

    @Test
    void shiftingMovesSentencesOnlyAndKeepsTokenPositions() {
        Mention m = new Mention(2, 3, 5, "Orla Brandt", "Orla Brandt", EntityType.PERSON, false);
        assertThat(ArticleParts.shifted(m, 10)).isEqualTo(new Mention(12, 3, 5, "Orla Brandt", "Orla Brandt", EntityType.PERSON, false));
        Frame f = Frame.of("x/y", Predicate.LEADS, 2, 4, m, List.of(m), List.of(m), 0.5);
        Frame s = ArticleParts.shifted(f, 10);
        assertThat(s.sentence()).isEqualTo(12);
        assertThat(s.anchor()).isEqualTo(4);
        assertThat(List.of(s.agent(), s.objects().get(0), s.topics().get(0))).allMatch(x -> x.sentence() == 12 && x.begin() == 3);
        assertThat(ArticleParts.shifted(f, 0)).isSameAs(f);
    }

    @Test
    void partsMustComeInOrderAndCoverTheText() {
        Article a = article(text(8));
        List<TextChunks.Chunk> cs = ArticleParts.split(a.text(), 60);
        ArticleParts skipped = new ArticleParts(a);
        assertThatThrownBy(() -> skipped.add(cs.get(1), standIn(a.withText(cs.get(1).of(a.text())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
        ArticleParts partial = new ArticleParts(a);
        partial.add(cs.get(0), standIn(a.withText(cs.get(0).of(a.text()))));
        assertThatThrownBy(partial::combined).isInstanceOf(IllegalStateException.class).hasMessageContaining("parts cover");
    }

    @Test
    void thePartSizeComesFromTheSystemProperty() {
        assertThat(ArticleParts.partChars()).isEqualTo(ArticleParts.PART_CHARS);
        try {
            System.setProperty(ArticleParts.PART_CHARS_PROPERTY, "12000");
            assertThat(ArticleParts.partChars()).isEqualTo(12_000);
            System.setProperty(ArticleParts.PART_CHARS_PROPERTY, "1");
            assertThatThrownBy(ArticleParts::partChars).isInstanceOf(IllegalArgumentException.class);
        } finally {
            System.clearProperty(ArticleParts.PART_CHARS_PROPERTY);
        }
    }
}
