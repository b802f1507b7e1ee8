package io.newsgraph.pipeline;

import io.newsgraph.extract.ExtractionTrace;
import io.newsgraph.extract.Frame;
import io.newsgraph.extract.Mention;
import io.newsgraph.model.Graph;

import java.util.List;

/**
 * Everything {@code newsgraph explain} shows about one text: each sentence's parse, the mentions,
 * the coreference and pronoun links, the frames the rules made (with the rule names), the
 * candidates the rules considered and dropped (with the reason), and the resolved graph whose
 * facts came out. Plain data, so the command can print it as text or JSON.
 */
public record Explanation(List<SentenceParse> sentences, List<Mention> mentions, List<Link> links, List<Frame> frames,
                          List<ExtractionTrace.Dropped> dropped, Graph graph) {
    public Explanation {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
        frames = List.copyOf(frames);
        dropped = List.copyOf(dropped);
    }

    /** One sentence: its text, tokens and dependency edges (enhanced++ UD, tokens counted from 0). */
    public record SentenceParse(int index, String text, List<Token> tokens, List<Edge> edges) {
        public SentenceParse {
            tokens = List.copyOf(tokens);
            edges = List.copyOf(edges);
        }
    }

    /** A token as CoreNLP tagged it; {@code ner} is "O" outside named entities. */
    public record Token(int index, String word, String pos, String lemma, String ner) {
    }

    /** A dependency edge from governor to dependent; governor -1 is the root. */
    public record Edge(String relation, int governor, int dependent) {
    }

    /**
     * A token that is not itself a name but refers to a mention: {@code kind} "coref" for
     * CoreNLP's coreference chains (with {@code -Dnewsgraph.coref=fastneural}), "antecedent:RULE"
     * for the pronoun and description antecedents the extractors use, RULE naming the rule that
     * linked it ("antecedent:clause-subject", "antecedent:typed-description", ...).
     */
    public record Link(String kind, int sentence, int token, String word, Mention target) {
    }
}
