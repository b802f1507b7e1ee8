package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.newsgraph.model.Article;
import io.newsgraph.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working state of one article while the extractors run: the CoreNLP document, the mentions
 * found so far, links from pronouns and descriptions to mentions, title holders, and frames.
 * Which extractor fills in which part is named by a {@link Capability}. Confined to one worker
 * thread.
 */
public final class ArticleContext {
    private final AnnotatedArticle annotated;
    private final List<CoreMap> sentences;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Integer, Mention[]> byToken = new HashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, Mention> titleHolders = new HashMap<>();
    private final Map<Integer, Mention> headingSubjects = new HashMap<>();
    private final java.util.Set<String> ambiguousTitles = new java.util.HashSet<>();
    private Map<String, Mention> corefLinks;
    private Map<String, Antecedent> antecedents = Map.of();
    private final Map<String, String> typeRules = new java.util.TreeMap<>();

    private final ExtractionTrace trace;

    public ArticleContext(AnnotatedArticle annotated) {
        this(annotated, ExtractionTrace.NONE);
    }

    /** A context whose extractors report the candidates they drop to {@code trace} ({@code explain}). */
    public ArticleContext(AnnotatedArticle annotated, ExtractionTrace trace) {
        this.annotated = annotated;
        this.trace = java.util.Objects.requireNonNull(trace, "trace");
        List<CoreMap> s = annotated.doc().get(CoreAnnotations.SentencesAnnotation.class);
        this.sentences = s == null ? List.of() : s;
    }

    /** Where extractors report a candidate they dropped; a no-op outside {@code explain}. */
    public ExtractionTrace trace() {
        return trace;
    }

    public Article article() {
        return annotated.article();
    }

    public AnnotatedArticle annotated() {
        return annotated;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public CoreMap sentence(int s) {
        return sentences.get(s);
    }

    public List<CoreLabel> tokens(int s) {
        return sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The enhanced++ UD graph: controlled subjects, propagated conjuncts and case-marked obliques. */
    public SemanticGraph graph(int s) {
        return sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    /** What a dependency-reading extractor does with one word of one sentence's graph. */
    @FunctionalInterface
    public interface WordVisitor {
        void visit(int sentence, SemanticGraph graph, IndexedWord word);
    }

    /** Visits every word of every parsed sentence, in sentence then word order. */
    public void forEachWord(WordVisitor visitor) {
        for (int s = 0; s < sentenceCount(); s++) {
            SemanticGraph g = graph(s);
            if (g == null) {
                continue;
            }
            for (IndexedWord w : g.vertexListSorted()) {
                visitor.visit(s, g, w);
            }
        }
    }

    public String sentenceText(int s) {
        CoreMap m = sentences.get(s);
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return article().text().substring(b, e);
    }

    public int sentenceBegin(int s) {
        return sentences.get(s).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    public int sentenceEnd(int s) {
        return sentences.get(s).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /** Adds a mention unless one already covers the same tokens; returns the one kept. */
    public Mention addMention(Mention m) {
        Mention[] idx = byToken.computeIfAbsent(m.sentence(), k -> new Mention[tokens(k).size()]);
        for (int i = m.begin(); i < m.end(); i++) {
            if (idx[i] != null && !m.synthetic()) {
                return idx[i];
            }
        }
        if (!m.synthetic()) {
            for (int i = m.begin(); i < m.end(); i++) {
                idx[i] = m;
            }
        }
        mentions.add(m);
        return m;
    }

    /** Replaces a mention by the same span with another type (NER tagged a person as an organisation). */
    public Mention retype(Mention m, io.newsgraph.model.EntityType type) {
        if (m.type() == type) {
            return m;
        }
        Mention n = new Mention(m.sentence(), m.begin(), m.end(), m.text(), m.name(), type, m.synthetic());
        mentions.replaceAll(x -> x == m ? n : x);
        Mention[] idx = byToken.get(m.sentence());
        if (idx != null) {
            for (int i = 0; i < idx.length; i++) {
                if (idx[i] == m) {
                    idx[i] = n;
                }
            }
        }
        return n;
    }

    /**
     * The country a demonym names: from the gazetteer, else a country this article names whose
     * name the demonym extends ("Corvian" and a mention of "Corvia").
     */
    public Optional<String> countryOfDemonym(String word) {
        Optional<String> known = io.newsgraph.extract.Gazetteer.get().countryOfDemonym(word);
        if (known.isPresent() || word == null || word.length() < 5 || !Character.isUpperCase(word.charAt(0))) {
            return known;
        }
        for (Mention m : mentions) {
            if (m.type() == io.newsgraph.model.EntityType.LOCATION && !m.synthetic() && m.name().length() >= 4
                    && !m.name().contains(" ") && word.startsWith(m.name().replaceFirst("[aeiouy]$", ""))
                    && word.length() - m.name().length() <= 3) {
                return Optional.of(m.name());
            }
        }
        return Optional.empty();
    }

    /** Records the rule that decided the type of every mention with this name ({@link TypeEvidence}). */
    public void recordTypeRule(String name, String rule) {
        typeRules.put(name, rule);
    }

    /** Name to the rule that decided its type, for the names some rule decided. */
    public Map<String, String> typeRules() {
        return Map.copyOf(typeRules);
    }

    /** A place NER called a country, or one the gazetteer knows. */
    public boolean isCountry(Mention m) {
        return m.type() == io.newsgraph.model.EntityType.LOCATION
                && (io.newsgraph.extract.Gazetteer.get().country(m.name()).isPresent()
                || (!m.synthetic() && "COUNTRY".equals(tokens(m.sentence()).get(m.begin()).ner())));
    }

    public Mention mentionAt(int sentence, int token) {
        Mention[] idx = byToken.get(sentence);
        return idx == null || token < 0 || token >= idx.length ? null : idx[token];
    }

    /**
     * The non-synthetic mentions of one sentence in token order, from the token index: extractors
     * that work sentence by sentence use this rather than filtering {@link #mentions()}, which
     * sorts every mention of the article and made long articles quadratic.
     */
    public List<Mention> mentionsIn(int sentence) {
        Mention[] idx = byToken.get(sentence);
        List<Mention> out = new ArrayList<>();
        if (idx != null) {
            for (Mention m : idx) {
                if (m != null && (out.isEmpty() || out.get(out.size() - 1) != m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    public List<Mention> mentions() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin).thenComparing(Mention::name));
        return sorted;
    }

    /** The links coreference chains give, keyed "sentence:token" ({@link CorefLinker}). */
    public void setCorefLinks(Map<String, Mention> links) {
        this.corefLinks = Map.copyOf(links);
    }

    /** The coreference links; empty when coreference did not run on this document. */
    public Optional<Map<String, Mention>> corefLinks() {
        return Optional.ofNullable(corefLinks);
    }

    /** Every token's antecedent, keyed "sentence:token", as the latest linker computed them all. */
    public void setAntecedents(Map<String, Antecedent> byToken) {
        this.antecedents = Map.copyOf(byToken);
    }

    /** The mention a token that is not a name refers to (a pronoun, a description), if known. */
    public Optional<Mention> antecedent(int sentence, int token) {
        return antecedentLink(sentence, token).map(Antecedent::target);
    }

    /** The same with the name of the rule that linked it ({@code explain}). */
    public Optional<Antecedent> antecedentLink(int sentence, int token) {
        return Optional.ofNullable(antecedents.get(sentence + ":" + token));
    }

    public void addFrame(Frame f) {
        frames.add(f);
    }

    public List<Frame> frames() {
        return List.copyOf(frames);
    }

    public void replaceFrames(List<Frame> replacement) {
        frames.clear();
        frames.addAll(replacement);
    }

    /** Remembers who holds a title ("LEADS Russia" -> Putin) so "the Russian leader" can be resolved. */
    public void recordTitleHolder(String predicate, String organisation, Mention person) {
        String key = predicate + "|" + organisation;
        Mention prev = titleHolders.get(key);
        if (prev == null && !ambiguousTitles.contains(key)) {
            titleHolders.put(key, person);
        } else if (prev != null && !prev.name().equals(person.name()) && !person.name().endsWith(" " + prev.name())
                && !prev.name().endsWith(" " + person.name())) {
            titleHolders.remove(key); // two different people: "the Russian leader" stays unresolved
            ambiguousTitles.add(key);
        }
    }

    public Optional<Mention> titleHolder(String predicate, String organisation) {
        return Optional.ofNullable(titleHolders.get(predicate + "|" + organisation));
    }

    /** The subject of a list item that has none, taken from a "Name:" heading above it. */
    public void setHeadingSubject(int sentence, Mention subject) {
        headingSubjects.put(sentence, subject);
    }

    public Optional<Mention> headingSubject(int sentence) {
        return Optional.ofNullable(headingSubjects.get(sentence));
    }
}
