package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The place named beside a noun: "Nigerian rebels", "Russia's military", "the envoy of Chile".
 * A word of the sentence's own mentions counts when the caller accepts that mention; a nationality
 * word ("Nigerian") becomes a synthetic location mention of its country. Group actors and the
 * argument rules ask this with their own relations and their own test of what counts as a place.
 */
final class CountryModifiers {
    private CountryModifiers() {
    }

    /** Whether a demonym is read on a word that already belongs to a mention the caller did not accept. */
    enum Demonyms {
        /** Only on a word no mention covers ("Nigerian" left untagged). */
        UNNAMED_WORDS,
        /** On any word whose mention was not accepted. */
        ANY_WORD
    }

    /**
     * The first child of {@code w} by one of {@code relations}, in that order, whose mention
     * {@code accepted} takes, or whose word is a nationality (see {@link Demonyms}).
     */
    static Optional<Mention> first(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, List<String> relations,
                                   Predicate<Mention> accepted, Demonyms demonyms) {
        for (String rel : relations) {
            for (IndexedWord c : Graphs.children(g, w, rel)) {
                Mention cm = ctx.mentionAt(s, c.index() - 1);
                if (cm != null && accepted.test(cm)) {
                    return Optional.of(cm);
                }
                if (cm == null || demonyms == Demonyms.ANY_WORD) {
                    Optional<String> country = ctx.countryOfDemonym(c.word());
                    if (country.isPresent()) {
                        return Optional.of(demonym(ctx, s, c, country.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A nationality word as a synthetic mention of its country ("Nigerian" for Nigeria). */
    static Mention demonym(ArticleContext ctx, int s, IndexedWord word, String country) {
        return ctx.addMention(new Mention(s, word.index() - 1, word.index(), word.word(), country, EntityType.LOCATION, true));
    }
}
