package io.newsgraph.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging the annotations of two pieces of one text, built by hand as CoreNLP would (no models):
 * offsets, sentence and token numbers, dependency graph lookups and coreference chains end up
 * article-wide.
 */
class AnnotationMergerTest {
    private static final String TEXT = "Ana smiled. She left.\n\nBo ran. He won.";

    /** A piece annotated on its own: sentences of "Word verb." with offsets local to the piece. */
    private static Annotation piece(String text, int... sentenceStarts) {
        Annotation doc = new Annotation(text);
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (int s = 0; s < sentenceStarts.length; s++) {
            int b = sentenceStarts[s];
            int space = text.indexOf(' ', b);
            int stop = text.indexOf('.', b);
            List<CoreLabel> toks = List.of(token(text, b, space, 1, s, all.size()), token(text, space + 1, stop, 2, s, all.size() + 1),
                    token(text, stop, stop + 1, 3, s, all.size() + 2));
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, stop + 1);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 3);
            sentence.set(CoreAnnotations.TokensAnnotation.class, toks);
            SemanticGraph g = new SemanticGraph();
            IndexedWord subj = new IndexedWord(toks.get(0));
            IndexedWord verb = new IndexedWord(toks.get(1));
            g.addVertex(subj);
            g.addVertex(verb);
            g.addVertex(new IndexedWord(toks.get(2)));
            g.setRoot(verb);
            g.addEdge(verb, subj, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, g);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, g);
            sentences.add(sentence);
            all.addAll(toks);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        // One chain: the name in the first sentence and the pronoun in the second (CoreNLP numbers sentences from 1).
        CorefChain.CorefMention name = mention(Dictionaries.MentionType.PROPER, 1, 7, all.get(0).word());
        CorefChain.CorefMention pronoun = mention(Dictionaries.MentionType.PRONOMINAL, 2, 8, all.get(3).word());
        doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, Map.of(7, new CorefChain(7,
                Map.of(new IntPair(1, 1), Set.of(name), new IntPair(2, 1), Set.of(pronoun)), name)));
        return doc;
    }

    private static CorefChain.CorefMention mention(Dictionaries.MentionType type, int sentNum, int id, String span) {
        return new CorefChain.CorefMention(type, Dictionaries.Number.SINGULAR, Dictionaries.Gender.UNKNOWN,
                Dictionaries.Animacy.ANIMATE, 1, 2, 1, 7, id, sentNum, new IntTuple(new int[] {sentNum, 1}), span);
    }

    private static CoreLabel token(String text, int b, int e, int index, int sentence, int docIndex) {
        CoreLabel t = new CoreLabel();
        t.setWord(text.substring(b, e));
        t.setOriginalText(text.substring(b, e));
        t.setBeginPosition(b);
        t.setEndPosition(e);
        t.setIndex(index);
        t.setSentIndex(sentence);
        t.set(CoreAnnotations.TokenBeginAnnotation.class, docIndex);
        t.set(CoreAnnotations.TokenEndAnnotation.class, docIndex + 1);
        t.setBefore(b == 0 ? "" : " ");
        t.setAfter(e < text.length() ? text.substring(e, e + 1) : "");
        return t;
    }

    private static Annotation merged() {
        List<TextChunks.Chunk> chunks = List.of(new TextChunks.Chunk(0, 23), new TextChunks.Chunk(23, TEXT.length()));
        AnnotationMerger merger = new AnnotationMerger(TEXT);
        merger.add(chunks.get(0), piece(chunks.get(0).of(TEXT), 0, 12));
        merger.add(chunks.get(1), piece(chunks.get(1).of(TEXT), 0, 8));
        return merger.merged();
    }

    @Test
    void offsetsAndNumbersAreArticleWide() {
        Annotation doc = merged();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(4);
        assertThat(doc.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(TEXT);
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            CoreMap sentence = sentences.get(s);
            texts.add(TEXT.substring(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            assertThat(sentence.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(s);
            assertThat(sentence.get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(3 * s);
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                assertThat(TEXT.substring(t.beginPosition(), t.endPosition())).isEqualTo(t.word());
                assertThat(t.sentIndex()).isEqualTo(s);
            }
        }
        assertThat(texts).containsExactly("Ana smiled.", "She left.", "Bo ran.", "He won.");
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        assertThat(tokens).hasSize(12);
        assertThat(tokens.get(6).get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(6);
        assertThat(tokens.get(6).before()).as("the gap between the pieces").isEqualTo("\n\n");
    }

    @Test
    void dependencyGraphsStillFindTheirWordsAndOnlyEnhancedPlusPlusIsKept() {
        CoreMap third = merged().get(CoreAnnotations.SentencesAnnotation.class).get(2);
        assertThat(third.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)).isNull();
        SemanticGraph g = third.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        IndexedWord verb = g.getNodeByIndexSafe(2);
        assertThat(verb.word()).isEqualTo("ran");
        assertThat(verb.sentIndex()).isEqualTo(2);
        assertThat(g.getRoots()).containsExactly(verb);
        List<SemanticGraphEdge> out = g.outgoingEdgeList(verb);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).getDependent().word()).isEqualTo("Bo");
        assertThat(g.containsVertex(new IndexedWord(third.get(CoreAnnotations.TokensAnnotation.class).get(0)))).isTrue();
        assertThat(g.vertexSet()).hasSize(3);
    }

    @Test
    void coreferenceChainsKeepTheirPieceButGetArticleSentencesAndOwnIds() {
        Map<Integer, CorefChain> chains = merged().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        assertThat(chains).hasSize(2);
        List<String> described = new ArrayList<>();
        Set<Integer> mentionIds = new java.util.HashSet<>();
        chains.forEach((id, c) -> {
            assertThat(c.getChainID()).isEqualTo(id);
            for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
                described.add(m.sentNum + ":" + m.mentionSpan);
                assertThat(m.corefClusterID).isEqualTo(id);
                assertThat(m.position.get(0)).isEqualTo(m.sentNum);
                mentionIds.add(m.mentionID);
            }
            assertThat(c.getRepresentativeMention().mentionType).isEqualTo(Dictionaries.MentionType.PROPER);
        });
        assertThat(described).containsExactlyInAnyOrder("1:Ana", "2:She", "3:Bo", "4:He");
        assertThat(mentionIds).hasSize(4);
    }
}
