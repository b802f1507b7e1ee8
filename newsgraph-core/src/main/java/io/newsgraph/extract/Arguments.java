package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the head word of an argument into the entities it names: a name, a pronoun or description
 * through coreference, "thousands of X", "leaders such as X and Y", "Russian forces" (the country),
 * "the Russian leader" (whoever the article says leads Russia), "Putin's leadership" (Putin),
 * "his Starlink service" (Starlink), and coordinated arguments. Generic nouns give nothing.
 */
final class Arguments {
    private final WordClasses words = WordClasses.get();
    private final Gazetteer gazetteer = Gazetteer.get();
    private final TitleLexicon titles = TitleLexicon.get();
    private final StateActors stateActors = StateActors.get();
    private final GroupActors groups = new GroupActors();

    List<Mention> resolve(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        List<Mention> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        collect(ctx, s, g, w, out, seen, 0);
        return out;
    }

    private void collect(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, List<Mention> out, Set<Integer> seen, int depth) {
        if (depth > 4 || !seen.add(w.index())) {
            return;
        }
        one(ctx, s, g, w, seen, depth).ifPresent(m -> {
            if (out.stream().noneMatch(o -> o.name().equals(m.name()))) {
                out.add(m);
            }
        });
        for (IndexedWord c : Graphs.children(g, w, "conj*")) {
            collect(ctx, s, g, c, out, seen, depth + 1);
        }
        if (words.is("quantity-nouns", w.word()) || words.is("person-nouns", w.word()) || Graphs.isNoun(w)) {
            for (String marker : List.of("nmod:such_as", "nmod:including", "nmod:like", "acl:including")) {
                for (IndexedWord c : Graphs.children(g, w, marker)) {
                    collect(ctx, s, g, c, out, seen, depth + 1);
                }
            }
        }
        if (words.is("quantity-nouns", w.word()) || words.is("beneficiary-nouns", w.word())) {
            for (IndexedWord c : Graphs.children(g, w, "nmod*")) {
                collect(ctx, s, g, c, out, seen, depth + 1);
            }
        }
        if (words.is("partitive-nouns", w.word()) && ctx.mentionAt(s, w.index() - 1) == null) {
            for (IndexedWord c : Graphs.children(g, w, "nmod:of")) { // "seized control of Crimea", "a stake in"
                collect(ctx, s, g, c, out, seen, depth + 1);
            }
            for (IndexedWord c : Graphs.children(g, w, "nmod:in")) {
                collect(ctx, s, g, c, out, seen, depth + 1);
            }
        }
    }

    /**
     * The one entity a head word stands for, trying in order: a mention on the word, a pronoun's
     * antecedent, then for a common or proper noun the readings below, and finally its coreference.
     */
    private Optional<Mention> one(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, Set<Integer> seen, int depth) {
        int tok = w.index() - 1;
        Mention m = ctx.mentionAt(s, tok);
        if (m != null) {
            return Optional.of(m);
        }
        String tag = w.tag() == null ? "" : w.tag();
        if (tag.startsWith("PRP") || tag.equals("WP")) {
            return ctx.antecedent(s, tok);
        }
        if (!tag.startsWith("NN")) {
            return Optional.empty();
        }
        return apposedTo(ctx, s, g, w)
                .or(() -> tag.equals("NN") && Character.isLowerCase(w.word().charAt(0)) ? apposedPerson(ctx, s, g, w) : Optional.empty())
                .or(() -> stateOrgan(ctx, s, g, w))
                .or(() -> groups.group(ctx, s, g, w))
                .or(() -> leaderTitle(ctx, s, g, w, tag))
                .or(() -> stateOfficial(ctx, s, g, w))
                .or(() -> proxied(ctx, s, g, w, seen, depth))
                .or(() -> namedByCompound(ctx, s, g, w))
                .or(() -> nationalityPlural(ctx, s, w))
                .or(() -> unnamedProperNoun(ctx, s, g, w, tag))
                .or(() -> ctx.antecedent(s, tok));
    }

    /** "X, a retired officer who lives in Y": the officer is X. */
    private static Optional<Mention> apposedTo(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
            if (Graphs.rel(in).equals("appos")) {
                Mention named = ctx.mentionAt(s, in.getGovernor().index() - 1);
                if (named != null) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
    }

    /** "the singer Jane Roe", "his business partner, Jane Roe": a common noun the person's name follows. */
    private static Optional<Mention> apposedPerson(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        for (IndexedWord c : Graphs.children(g, w, "dep")) {
            Mention named = ctx.mentionAt(s, c.index() - 1);
            if (named != null && named.type() == EntityType.PERSON && named.begin() == w.index()) {
                return Optional.of(named); // parsed as a loose dependent
            }
        }
        var toks = ctx.tokens(s);
        for (IndexedWord c : Graphs.children(g, w, "appos")) {
            Mention named = ctx.mentionAt(s, c.index() - 1);
            if (named != null && named.type() == EntityType.PERSON && named.begin() >= w.index()
                    && (named.begin() == w.index() || ",".equals(toks.get(w.index()).word()))) {
                return Optional.of(named);
            }
        }
        if (w.index() + 1 < toks.size() && ",".equals(toks.get(w.index()).word())) {
            // the same apposition when the parser hung the name elsewhere: "killed his cousin, Jane Roe, in 2021"
            Mention named = ctx.mentionAt(s, w.index() + 1);
            if (named != null && named.type() == EntityType.PERSON && named.begin() == w.index() + 1
                    && (named.end() == toks.size() || toks.get(named.end()).word().matches("[,.;]"))) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }

    /** "Russian forces", "the government of Nigeria": an organ of a state acts for its country. */
    private Optional<Mention> stateOrgan(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        String word = w.word();
        if (words.is("state-organs", word) || words.is("state-organs", Graphs.lemma(w))
                || (stateActors.actsForState(Graphs.lemma(w)) && !titles.isTitleWord(word))) {
            return countryModifier(ctx, s, g, w);
        }
        return Optional.empty();
    }

    /** "the Russian leader": a leader's title in the singular stands for whoever holds it. */
    private Optional<Mention> leaderTitle(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, String tag) {
        boolean leads = titles.longestSuffix(List.of(w.word())).map(t -> t.predicate() == Predicate.LEADS).orElse(false);
        return leads && !tag.endsWith("S") ? titleHolder(ctx, s, g, w) : Optional.empty();
    }

    /**
     * "Chile's envoy", "the ambassador of Spain", "Zimbabwean ministers", "the Russian president"
     * when the article names no holder: a state's officials act for the state, as CAMEO codes them
     * (CHLGOV). Only a country's own officials: "the mayor of Kano" and "Tesla's chief" stay unread.
     */
    private Optional<Mention> stateOfficial(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        boolean government = titles.longestSuffix(List.of(w.word())).or(() -> titles.longestSuffix(List.of(Graphs.lemma(w))))
                .map(TitleLexicon.Title::government).orElse(false);
        if (!government) {
            return Optional.empty();
        }
        return countryModifier(ctx, s, g, w).filter(m -> m.synthetic() || ctx.isCountry(m) || stateActors.isCountry(m.name()));
    }

    /** "Putin's leadership", "the Trump campaign", "the assets of X": a proxy noun stands for its person. */
    private Optional<Mention> proxied(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, Set<Integer> seen, int depth) {
        if (!words.is("proxy-nouns", w.word())) {
            return Optional.empty();
        }
        for (String rel : List.of("nmod:poss", "nmod:of")) {
            for (IndexedWord p : Graphs.children(g, w, rel)) {
                Optional<Mention> r = one(ctx, s, g, p, seen, depth + 1);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        for (IndexedWord p : Graphs.children(g, w, "compound")) {
            Mention pm = ctx.mentionAt(s, p.index() - 1);
            if (pm != null && pm.type() == EntityType.PERSON) {
                return Optional.of(pm);
            }
        }
        return Optional.empty();
    }

    /** "his Starlink service": an organisation or product named in a compound (not "Starlink employees"). */
    private Optional<Mention> namedByCompound(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        if (words.is("person-nouns", w.word()) || words.is("part-nouns", w.word())) {
            return Optional.empty();
        }
        for (IndexedWord c : Graphs.children(g, w, "compound")) {
            Mention cm = ctx.mentionAt(s, c.index() - 1);
            if (cm != null && (cm.type() == EntityType.ORGANIZATION || cm.type() == EntityType.PRODUCT)) {
                return Optional.of(cm);
            }
        }
        return Optional.empty();
    }

    /** A capitalised word NER left untagged (not a title, not a demonym) is read as a name of its own. */
    private Optional<Mention> unnamedProperNoun(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, String tag) {
        String word = w.word();
        if (Character.isUpperCase(word.charAt(0)) && w.index() > 1 && !titles.isTitleWord(word)
                && ctx.countryOfDemonym(word).isEmpty() && "O".equals(w.ner())
                && (tag.startsWith("NNP") || word.length() <= 3)) {
            return Optional.of(properNounMention(ctx, s, g, w));
        }
        return Optional.empty();
    }

    /**
     * "Cambodians", "the Ukrainians": a nationality in the plural stands for its country, as CAMEO
     * codes a country's people (the singular names one person, who is no actor of the state).
     */
    private Optional<Mention> nationalityPlural(ArticleContext ctx, int s, IndexedWord w) {
        String word = w.word();
        if (!Character.isUpperCase(word.charAt(0)) || !w.tag().endsWith("S") && !word.endsWith("s")) {
            return Optional.empty();
        }
        Optional<String> country = ctx.countryOfDemonym(word).or(() -> ctx.countryOfDemonym(Graphs.lemma(w)));
        return country.map(c -> CountryModifiers.demonym(ctx, s, w, c));
    }

    /**
     * "Russian forces", "Russia's military", "the government of Nigeria": the country, as the
     * sentence means the state (see {@link StateActors} for which agent nouns act for it).
     */
    Optional<Mention> countryModifier(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        return CountryModifiers.first(ctx, s, g, w, List.of("amod", "compound", "nmod:poss", "nmod:of"),
                m -> m.type() == EntityType.LOCATION, CountryModifiers.Demonyms.ANY_WORD);
    }

    /** "the Russian leader", "Russia's leader", "the SpaceX CEO": whoever the article named with that title. */
    private Optional<Mention> titleHolder(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        for (String rel : List.of("amod", "compound", "nmod:poss")) {
            for (IndexedWord c : Graphs.children(g, w, rel)) {
                Mention cm = ctx.mentionAt(s, c.index() - 1);
                String owner = cm != null ? cm.name() : ctx.countryOfDemonym(c.word()).orElse(null);
                if (owner != null) {
                    Optional<Mention> h = ctx.titleHolder(Predicate.LEADS.name(), owner);
                    if (h.isEmpty() && "amod".equals(rel)) {
                        h = ctx.titleHolder("DEMONYM", owner);
                    }
                    if (h.isPresent()) {
                        return h;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A capitalised name CoreNLP did not tag ("social platform X"): an organisation from its proper-noun run. */
    private Mention properNounMention(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        var toks = ctx.tokens(s);
        int end = w.index();
        int begin = w.index() - 1;
        while (begin > 0 && "NNP".equals(toks.get(begin - 1).tag()) && !titles.isTitleWord(toks.get(begin - 1).word())
                && ctx.mentionAt(s, begin - 1) == null) {
            begin--;
        }
        while (begin < end - 1 && toks.get(begin).word().equalsIgnoreCase("the")) {
            begin++;
        }
        String text = MentionExtractor.join(toks, begin, end);
        String name = gazetteer.organisation(text).orElse(text);
        return ctx.addMention(new Mention(s, begin, end, text, name, EntityType.ORGANIZATION, false));
    }
}
