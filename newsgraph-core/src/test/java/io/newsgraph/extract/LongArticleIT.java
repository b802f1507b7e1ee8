package io.newsgraph.extract;

import io.newsgraph.pipeline.ArticleParts;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.model.Article;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.nlp.CoreNlpPipeline;
import io.newsgraph.nlp.TextChunks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article far longer than {@link CoreNlpPipeline#WHOLE_MAX_CHARS} is annotated in pieces and
 * still extracted as one article within the test JVM's 4 GB heap: every piece yields facts,
 * every evidence's offsets cut its sentence out of the article text, sentence numbers follow the
 * text, and a fact stated only in the last paragraph is found. The article is built here from
 * invented towns and people, one mayor per paragraph.
 *
 * <p>A second invented article, one sentence per line, is extracted part by part
 * ({@link ArticleParts}) with the part size lowered through its system property, so that its
 * parts are themselves annotated in pieces: evidence offsets, sentence numbers and a fact in
 * the last part must come out as if the article had been extracted whole.
 */
class LongArticleIT {
    private static final String[] FIRST = {"Edda", "Rasmus", "Ilona", "Tobiah", "Mirela", "Casimir", "Ottilie", "Leander"};
    private static final String[] LAST = {"Varga", "Lindqvist", "Ferreira", "Okonkwo", "Halvorsen", "Brandt", "Moreau", "Castell",
            "Nakamura", "Petrov", "Sorensen"};
    private static final String[] TOWN = {"Orvik", "Tamsford", "Kellmouth", "Brinavale", "Ostrand", "Harwick", "Selvane"};
    private static final String LATE = "Ingrid Solberg, the chief executive of Fjordline Salmon, visited the harbour on Friday.";

    /** Two parts over 20,000 characters (annotated in pieces) and a short last one. */
    private static final int PART_CHARS = 22_000;

    static String text;
    static Graph graph;
    static long heapAfter;
    static String partedText;
    static Graph partedGraph;

    static String article() {
        StringBuilder b = new StringBuilder("Towns Open New Libraries\n\n");
        for (int i = 0; b.length() < 50_000; i++) {
            String person = FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
            String surname = LAST[i % LAST.length];
            String town = TOWN[i % TOWN.length];
            b.append(person).append(", the mayor of ").append(town).append(", opened a new library on Monday. ")
                    .append("The building cost ").append(3 + i % 5).append(" million euros, ").append(surname).append(" said. ")
                    .append("Pupils from ").append(2 + i % 9).append(" schools queued outside for hours, and the reading rooms stayed open late.\n\n");
        }
        return b.append("The last visitor came from the coast. ").append(LATE).append('\n').toString();
    }

    @BeforeAll
    static void extract() {
        text = article();
        graph = ExtractionPipeline.create(1).extract(List.of(new Article("long-libraries", "Towns Open New Libraries", "test",
                "2024-06-03", null, null, null, text)));
        System.gc();
        heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        partedText = InventedArticle.build(2 * PART_CHARS, true, LATE);
        ExtractionPipeline parted;
        System.setProperty(ArticleParts.PART_CHARS_PROPERTY, String.valueOf(PART_CHARS));
        try {
            parted = ExtractionPipeline.create(1);
        } finally {
            System.clearProperty(ArticleParts.PART_CHARS_PROPERTY);
        }
        partedGraph = parted.extract(List.of(new Article("long-parts", "Towns and Companies Report a Busy Season", "test",
                "2024-06-03", null, null, null, partedText)));
    }

    /** With one sentence per line, a sentence's article-wide number is the count of non-empty lines before it. */
    private static int linesBefore(String s, int offset) {
        return (int) s.substring(0, offset).lines().filter(l -> !l.isBlank()).count();
    }

    @Test
    void theArticleIsLongEnoughToBeAnnotatedInPieces() {
        assertThat(text.length()).isGreaterThan(CoreNlpPipeline.WHOLE_MAX_CHARS * 2);
        assertThat(TextChunks.split(text, CoreNlpPipeline.CHUNK_CHARS)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(heapAfter).as("heap in use after extraction").isLessThan(3_500L << 20);
    }

    @Test
    void everyEvidenceCutsItsSentenceOutOfTheArticle() {
        List<Evidence> all = new ArrayList<>();
        graph.facts().forEach(f -> all.addAll(f.evidence()));
        assertThat(all).hasSizeGreaterThan(50);
        for (Evidence e : all) {
            assertThat(text.substring(e.start(), e.end())).as("evidence of sentence " + e.sentence()).isEqualTo(e.text());
        }
        all.sort(Comparator.comparingInt(Evidence::start));
        for (int i = 1; i < all.size(); i++) {
            Evidence prev = all.get(i - 1);
            Evidence cur = all.get(i);
            if (cur.start() == prev.start()) {
                assertThat(cur.sentence()).isEqualTo(prev.sentence());
            } else {
                assertThat(cur.sentence()).as("sentence numbers follow the text").isGreaterThan(prev.sentence());
            }
        }
    }

    @Test
    void everyPieceYieldsItsMayors() {
        for (TextChunks.Chunk c : TextChunks.split(text, CoreNlpPipeline.CHUNK_CHARS)) {
            assertThat(graph.facts()).as("a LEADS fact in " + c)
                    .anyMatch(f -> f.predicate().name().equals("LEADS") && f.evidence().stream()
                            .anyMatch(e -> e.start() >= c.begin() && e.end() <= c.end()));
        }
        assertThat(graph.facts()).anyMatch(f -> f.subject().equals("Edda Varga") && f.predicate().name().equals("LEADS")
                && f.object().equals("Orvik"));
    }

    @Test
    void aFactStatedOnlyAtTheEndIsFound() {
        Fact late = graph.facts().stream()
                .filter(f -> f.subject().equals("Ingrid Solberg") && f.predicate().name().equals("LEADS"))
                .findFirst().orElseThrow(() -> new AssertionError("no Ingrid Solberg LEADS fact in " + graph.facts().size() + " facts"));
        assertThat(late.object()).isEqualTo("Fjordline Salmon");
        Evidence e = late.primary();
        assertThat(e.text()).isEqualTo(LATE);
        assertThat(e.start()).isEqualTo(text.indexOf(LATE));
        long sentencesBefore = graph.facts().stream().flatMap(f -> f.evidence().stream()).mapToInt(Evidence::sentence).max().orElse(0);
        assertThat(e.sentence()).isEqualTo((int) sentencesBefore);
    }

    @Test
    void thePartedArticleIsCutIntoPartsThatAreAnnotatedInPieces() {
        List<TextChunks.Chunk> parts = ArticleParts.split(partedText, PART_CHARS);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(parts.get(0).end() - parts.get(0).begin()).isGreaterThan(CoreNlpPipeline.WHOLE_MAX_CHARS);
        for (TextChunks.Chunk c : parts) {
            assertThat(partedGraph.facts()).as("a fact in part " + c).anyMatch(f -> f.evidence().stream()
                    .anyMatch(e -> e.start() >= c.begin() && e.end() <= c.end()));
        }
    }

    @Test
    void partedEvidenceHasArticleWideOffsetsAndSentenceNumbers() {
        List<Evidence> all = new ArrayList<>();
        partedGraph.facts().forEach(f -> all.addAll(f.evidence()));
        assertThat(all).hasSizeGreaterThan(100);
        all.sort(Comparator.comparingInt(Evidence::start));
        for (int i = 0; i < all.size(); i++) {
            Evidence e = all.get(i);
            assertThat(partedText.substring(e.start(), e.end())).as("evidence of sentence " + e.sentence()).isEqualTo(e.text());
            assertThat(e.sentence()).as("sentence number of " + e.text()).isEqualTo(linesBefore(partedText, e.start()));
            if (i > 0 && e.start() > all.get(i - 1).start()) {
                assertThat(e.sentence()).isGreaterThan(all.get(i - 1).sentence());
            }
        }
        assertThat(partedGraph.events()).allMatch(ev -> ev.sentence() < linesBefore(partedText, partedText.length()));
    }

    @Test
    void aFactStatedOnlyInTheLastPartIsFound() {
        Fact late = partedGraph.facts().stream()
                .filter(f -> f.subject().equals("Ingrid Solberg") && f.predicate().name().equals("LEADS"))
                .findFirst().orElseThrow(() -> new AssertionError("no Ingrid Solberg LEADS fact in " + partedGraph.facts().size() + " facts"));
        assertThat(late.object()).isEqualTo("Fjordline Salmon");
        assertThat(late.evidence()).hasSize(1);
        Evidence e = late.primary();
        List<TextChunks.Chunk> parts = ArticleParts.split(partedText, PART_CHARS);
        assertThat(e.start()).isEqualTo(partedText.indexOf(LATE)).isGreaterThanOrEqualTo(parts.get(parts.size() - 1).begin());
        assertThat(e.sentence()).isEqualTo(linesBefore(partedText, e.start()));
    }
}
