package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The common nouns an article uses to type its named things ("SpaceX, the rocket company", "the
 * carmaker Tesla", "billionaire Elon Musk", "Northwind is a shipping firm"), so that a later
 * definite description with the same head noun ("the company", "the billionaire") can be linked
 * to the last thing typed that way. A company noun nothing typed falls back to the previous
 * sentence's one named organisation subject; any other untyped description stays unlinked.
 */
final class DescriptionTypes {
    /** One typing: the noun's lemma, where it stood, and the thing it typed. */
    record Typing(int sentence, int token, String noun, Mention mention) {
    }

    private static final java.util.Set<String> COMPANY_NOUNS = WordClasses.get().words("company-nouns");
    /** "the same company", "the other firm": a comparison, not a reference back. */
    private static final java.util.Set<String> COMPARING = java.util.Set.of("same", "other", "next", "another");
    private final List<Typing> typings;

    private DescriptionTypes(List<Typing> typings) {
        this.typings = typings;
    }

    static DescriptionTypes of(ArticleContext ctx) {
        List<Typing> out = new ArrayList<>();
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            SemanticGraph g = ctx.graph(s);
            if (g == null) {
                continue;
            }
            for (Mention m : ctx.mentionsIn(s)) {
                collect(ctx, g, s, m, out);
            }
        }
        return new DescriptionTypes(out);
    }

    private static void collect(ArticleContext ctx, SemanticGraph g, int s, Mention m, List<Typing> out) {
        IndexedWord head = g.getNodeByIndexSafe(m.end());
        if (head == null) {
            return;
        }
        List<CoreLabel> toks = ctx.tokens(s);
        if (m.begin() > 0 && isCommonNoun(ctx, s, m.begin() - 1) && !afterCopula(ctx, g, s, m.begin() - 1)) {
            out.add(new Typing(s, m.begin() - 1, lemma(toks.get(m.begin() - 1)), m)); // "the carmaker Tesla"
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
            String rel = e.getRelation().toString();
            IndexedWord noun = e.getGovernor();
            // "Tesla is a carmaker": the name before the verb, and no preposition on the noun ("is to the government")
            boolean copula = rel.startsWith("nsubj") && !Graphs.children(g, noun, "cop").isEmpty()
                    && Graphs.children(g, noun, "case").isEmpty() && m.end() < noun.index();
            if ((rel.equals("appos") && !afterCopula(ctx, g, s, noun.index() - 1) || copula) && isCommonNoun(ctx, s, noun.index() - 1)) {
                out.add(new Typing(s, noun.index() - 1, lemma(toks.get(noun.index() - 1)), m)); // "a firm, Northwind", "Tesla is a carmaker"
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            IndexedWord noun = e.getDependent();
            if (e.getRelation().toString().equals("appos") && isCommonNoun(ctx, s, noun.index() - 1)) {
                out.add(new Typing(s, noun.index() - 1, lemma(toks.get(noun.index() - 1)), m)); // "Tesla, the carmaker"
            }
        }
    }

    /**
     * The thing a definite description at token t names ("the company" after "the rocket company
     * SpaceX"), or null: the head noun must be singular, lower case, outside any name, with "the"
     * and nothing but plain adjectives before it, and typed earlier in the article.
     */
    Antecedent describedAt(ArticleContext ctx, int s, int t) {
        SemanticGraph g = ctx.graph(s);
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t + 1);
        if (w == null || !"NN".equals(w.tag()) || !isCommonNoun(ctx, s, t) || !isDefiniteAndPlain(ctx, g, w)) {
            return null;
        }
        Antecedent typed = typedBefore(ctx, s, t);
        if (typed == null) {
            typed = namedByHead(ctx, s, t);
        }
        return typed != null ? typed : previousCompany(ctx, s, t);
    }

    /** "the orchestra" after "the Baltic Symphony Orchestra": the last organisation whose name's head is the noun. */
    private static Antecedent namedByHead(ArticleContext ctx, int s, int t) {
        String noun = lemma(ctx.tokens(s).get(t));
        for (int back = s; back >= 0 && back >= s - OwnAntecedents.WINDOW; back--) {
            List<Mention> ms = new ArrayList<>(ctx.mentionsIn(back));
            java.util.Collections.reverse(ms);
            for (Mention m : ms) {
                if ((back < s || m.end() <= t) && m.type() == io.newsgraph.model.EntityType.ORGANIZATION
                        && noun.equals(head(m.name()))) {
                    return new Antecedent(m, OwnAntecedents.NAME_HEAD);
                }
            }
        }
        return null;
    }

    /** The head word of a name, lower case: its last word, or the word before "of" ("Bank of Lisbon"). */
    private static String head(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    private Antecedent typedBefore(ArticleContext ctx, int s, int t) {
        String noun = lemma(ctx.tokens(s).get(t));
        Typing last = null;
        for (Typing ty : typings) {
            boolean before = ty.sentence() < s || (ty.sentence() == s && ty.token() < t);
            if (before && ty.noun().equals(noun)) {
                last = ty;
            }
        }
        return last == null ? null : new Antecedent(last.mention(), OwnAntecedents.TYPED_DESCRIPTION);
    }

    /**
     * "Tidewater is based in Halifax. The company was founded in 2011": a company noun nothing typed
     * means the previous sentence's one named organisation subject; null when there is none or two.
     */
    static Antecedent previousCompany(ArticleContext ctx, int s, int t) {
        String noun = lemma(ctx.tokens(s).get(t));
        if (s == 0 || !COMPANY_NOUNS.contains(noun)) {
            return null;
        }
        Mention found = PronounAntecedents.oneSubject(ctx, s - 1, w -> {
            Mention m = ctx.mentionAt(s - 1, w.index() - 1);
            return m != null && m.type() == io.newsgraph.model.EntityType.ORGANIZATION ? m : null;
        }, (a, b) -> a.name().equals(b.name()));
        return found == null ? null : new Antecedent(found, OwnAntecedents.PREVIOUS_COMPANY_SUBJECT);
    }

    /** "the company", "the embattled company": a determiner "the" and adjectives that name no country. */
    private static boolean isDefiniteAndPlain(ArticleContext ctx, SemanticGraph g, IndexedWord w) {
        boolean definite = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            String dep = e.getDependent().word();
            if (rel.equals("det") && dep.equalsIgnoreCase("the")) {
                definite = true;
            } else if (rel.equals("amod") && ctx.countryOfDemonym(dep).isEmpty() && !isSuperlative(g, e.getDependent())
                    && !COMPARING.contains(dep.toLowerCase(Locale.ROOT))) {
                continue;
            } else if (rel.equals("det") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")
                    || rel.equals("cop") || rel.equals("appos") || rel.startsWith("nsubj")) {
                return false; // "this company", "the Russian leader", "the oil company", "the company, X", "the biggest firm": not a plain description
            }
        }
        return definite && g.incomingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString().equals("appos"));
    }

    /**
     * "X is the company NASA relies on": a noun phrase right after a form of "be" is a predicate
     * (typing the subject, if anything), and the name after it starts a clause of its own.
     */
    private static boolean afterCopula(ArticleContext ctx, SemanticGraph g, int s, int nounToken) {
        IndexedWord noun = g.getNodeByIndexSafe(nounToken + 1);
        int first = nounToken;
        if (noun != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(noun)) {
                String r = e.getRelation().toString();
                if ((r.equals("det") || r.equals("amod") || r.equals("compound")) && e.getDependent().index() - 1 < first) {
                    first = e.getDependent().index() - 1;
                }
            }
        }
        CoreLabel before = first > 0 ? ctx.tokens(s).get(first - 1) : null;
        return before != null && "be".equalsIgnoreCase(before.lemma());
    }

    /** "the largest company", "the most important company": a ranking, not a reference back. */
    private static boolean isSuperlative(SemanticGraph g, IndexedWord adjective) {
        return "JJS".equals(adjective.tag()) || Graphs.children(g, adjective, "advmod").stream()
                .anyMatch(a -> a.word().equalsIgnoreCase("most") || a.word().equalsIgnoreCase("least"));
    }

    private static boolean isCommonNoun(ArticleContext ctx, int s, int t) {
        CoreLabel tok = ctx.tokens(s).get(t);
        String tag = tok.tag() == null ? "" : tok.tag();
        return tag.equals("NN") && ctx.mentionAt(s, t) == null && Character.isLowerCase(tok.word().charAt(0));
    }

    private static String lemma(CoreLabel tok) {
        return (tok.lemma() == null ? tok.word() : tok.lemma()).toLowerCase(Locale.ROOT);
    }
}
