package io.newsgraph.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import edu.stanford.nlp.util.TypesafeMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the annotations of consecutive pieces of one article ({@link TextChunks}) into one
 * annotation of the whole text, as if CoreNLP had annotated it at once except that coreference
 * chains stay within a piece. Character offsets, sentence numbers, document token indices, entity
 * mention indices and coreference chain ids and sentence numbers are shifted to be article-wide.
 *
 * <p>What the extractors never read and the shifting would not keep right is dropped rather than
 * left wrong: the dependency graphs other than enhanced++ (their word nodes cache a hash of the
 * piece-local sentence number), CoreNLP's internal coreference mentions and their indices, and
 * paragraph numbers. The per-token NER probability maps go too. Together this cut the annotation
 * kept per token from about 3.5-4.4 KB to 2.8 KB (measured on a 100,000-character article).
 */
public final class AnnotationMerger {
    /** Sentence annotations removed from a merged document; the extractors read enhanced++ only. */
    static final List<Class<?>> DROPPED_PER_SENTENCE = List.of(
            SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class,
            SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class,
            SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class,
            CorefCoreAnnotations.CorefMentionsAnnotation.class);
    /** Token annotations removed: piece-local coreference and paragraph numbers, and NER probability maps. */
    static final List<Class<?>> DROPPED_PER_TOKEN = List.of(
            CorefCoreAnnotations.CorefMentionIndexesAnnotation.class,
            CoreAnnotations.ParagraphAnnotation.class,
            CoreAnnotations.NamedEntityTagProbsAnnotation.class);

    private final String text;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final List<CoreMap> sentences = new ArrayList<>();
    private final List<CoreMap> entityMentions = new ArrayList<>();
    private final Map<Integer, CorefChain> chains = new HashMap<>();
    private int corefMentionIds;

    public AnnotationMerger(String text) {
        this.text = text;
    }

    /** Appends the annotation of {@code chunk}, which must follow the chunks added before it. */
    public void add(TextChunks.Chunk chunk, Annotation part) {
        int chars = chunk.begin();
        int sentenceShift = sentences.size();
        int tokenShift = tokens.size();
        int mentionShift = entityMentions.size();
        List<CoreLabel> toks = listOf(part.get(CoreAnnotations.TokensAnnotation.class));
        for (CoreLabel t : toks) {
            shift(t, CoreAnnotations.CharacterOffsetBeginAnnotation.class, chars);
            shift(t, CoreAnnotations.CharacterOffsetEndAnnotation.class, chars);
            shift(t, CoreAnnotations.TokenBeginAnnotation.class, tokenShift);
            shift(t, CoreAnnotations.TokenEndAnnotation.class, tokenShift);
            shift(t, CoreAnnotations.SentenceIndexAnnotation.class, sentenceShift);
            shift(t, CoreAnnotations.EntityMentionIndexAnnotation.class, mentionShift);
            DROPPED_PER_TOKEN.forEach(k -> remove(t, k));
        }
        joinWhitespace(toks);
        for (CoreMap s : listOf(part.get(CoreAnnotations.SentencesAnnotation.class))) {
            shift(s, CoreAnnotations.CharacterOffsetBeginAnnotation.class, chars);
            shift(s, CoreAnnotations.CharacterOffsetEndAnnotation.class, chars);
            shift(s, CoreAnnotations.TokenBeginAnnotation.class, tokenShift);
            shift(s, CoreAnnotations.TokenEndAnnotation.class, tokenShift);
            shift(s, CoreAnnotations.SentenceIndexAnnotation.class, sentenceShift);
            DROPPED_PER_SENTENCE.forEach(k -> remove(s, k));
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g != null) {
                s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, renumbered(g, sentences.size()));
            }
            for (CoreMap m : listOf(s.get(CoreAnnotations.MentionsAnnotation.class))) {
                shift(m, CoreAnnotations.CharacterOffsetBeginAnnotation.class, chars);
                shift(m, CoreAnnotations.CharacterOffsetEndAnnotation.class, chars);
                shift(m, CoreAnnotations.TokenBeginAnnotation.class, tokenShift);
                shift(m, CoreAnnotations.TokenEndAnnotation.class, tokenShift);
                shift(m, CoreAnnotations.SentenceIndexAnnotation.class, sentenceShift);
                shift(m, CoreAnnotations.EntityMentionIndexAnnotation.class, mentionShift);
                shift(m, CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, mentionShift);
                m.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
                entityMentions.add(m);
            }
            sentences.add(s);
        }
        tokens.addAll(toks);
        addChains(part.get(CorefCoreAnnotations.CorefChainAnnotation.class), sentenceShift);
    }

    /** The whole article's annotation: its text, every piece's tokens and sentences, and all chains. */
    public Annotation merged() {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        doc.set(CoreAnnotations.MentionsAnnotation.class, entityMentions);
        doc.set(CorefCoreAnnotations.CorefChainAnnotation.class, chains);
        return doc;
    }

    /**
     * A piece's first token has no whitespace before it and the last token of the piece before
     * it keeps the gap as its "after": give the first token the same gap, as one annotation would.
     */
    private void joinWhitespace(List<CoreLabel> toks) {
        if (tokens.isEmpty() || toks.isEmpty()) {
            return;
        }
        CoreLabel last = tokens.get(tokens.size() - 1);
        CoreLabel first = toks.get(0);
        if (last.endPosition() >= 0 && first.beginPosition() >= last.endPosition()) {
            first.setBefore(text.substring(last.endPosition(), first.beginPosition()));
        }
    }

    /**
     * The same graph over new word nodes: an IndexedWord caches its hash, computed from the
     * sentence number, so the old nodes would not be found again under their shifted numbers.
     * Copy nodes (enhanced++ adds them for elided predicates) have labels of their own and get
     * the sentence number here.
     */
    static SemanticGraph renumbered(SemanticGraph g, int sentence) {
        // Keyed by position, not by node: edges may hold other node objects equal to the vertices.
        Map<Long, IndexedWord> fresh = new HashMap<>();
        SemanticGraph n = new SemanticGraph();
        List<IndexedWord> vertices = new ArrayList<>(g.vertexSet());
        vertices.sort(Comparator.comparingInt(IndexedWord::index).thenComparingInt(IndexedWord::copyCount));
        for (IndexedWord v : vertices) {
            v.backingLabel().setSentIndex(sentence);
            IndexedWord w = new IndexedWord(v.backingLabel());
            w.setCopyCount(v.copyCount());
            fresh.put(key(v), w);
            n.addVertex(w);
        }
        List<IndexedWord> roots = new ArrayList<>();
        g.getRoots().forEach(r -> roots.add(fresh.get(key(r))));
        n.setRoots(roots);
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            n.addEdge(new SemanticGraphEdge(fresh.get(key(e.getGovernor())), fresh.get(key(e.getDependent())), e.getRelation(),
                    e.getWeight(), e.isExtra()));
        }
        return n;
    }

    private static long key(IndexedWord w) {
        return ((long) w.index() << 16) | w.copyCount();
    }

    /** Chains get new ids after those already merged, sentence numbers shifted and mention ids kept unique. */
    private void addChains(Map<Integer, CorefChain> part, int sentenceShift) {
        if (part == null) {
            return;
        }
        int maxMentionId = corefMentionIds;
        for (Integer id : part.keySet().stream().sorted().toList()) {
            CorefChain c = part.get(id);
            int newId = chains.size() + 1;
            Map<IntPair, Set<CorefChain.CorefMention>> byHead = new HashMap<>();
            CorefChain.CorefMention representative = null;
            for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
                CorefChain.CorefMention s = shifted(m, newId, corefMentionIds, sentenceShift);
                maxMentionId = Math.max(maxMentionId, s.mentionID);
                byHead.computeIfAbsent(new IntPair(s.sentNum, s.headIndex), k -> new HashSet<>()).add(s);
                if (m == c.getRepresentativeMention()) {
                    representative = s;
                }
            }
            chains.put(newId, new CorefChain(newId, byHead, representative));
        }
        corefMentionIds = maxMentionId + 1;
    }

    static CorefChain.CorefMention shifted(CorefChain.CorefMention m, int chainId, int mentionShift, int sentenceShift) {
        int[] pos = m.position == null ? new int[] {m.sentNum + sentenceShift, 0} : m.position.elems().clone();
        if (m.position != null) {
            pos[0] += sentenceShift;
        }
        return new CorefChain.CorefMention(m.mentionType, m.number, m.gender, m.animacy, m.startIndex, m.endIndex,
                m.headIndex, chainId, m.mentionID + mentionShift, m.sentNum + sentenceShift, new IntTuple(pos), m.mentionSpan);
    }

    private static void shift(CoreMap m, Class<? extends TypesafeMap.Key<Integer>> key, int by) {
        Integer v = m.get(key);
        if (v != null && by != 0) {
            m.set(key, v + by);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void remove(CoreMap m, Class key) {
        m.remove(key);
    }

    private static <T> List<T> listOf(List<T> l) {
        return l == null ? List.of() : l;
    }
}
