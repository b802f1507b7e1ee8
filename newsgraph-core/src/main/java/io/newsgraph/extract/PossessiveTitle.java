package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two rules read from a possessive: {@code role-title/possessive-nationality}, "Argentina's X" and
 * "X of Belarus" (CITIZEN_OF), and {@code role-title/possessed-product}, "his Starlink service"
 * (OWNS).
 */
final class PossessiveTitle {
    static final String NATIONALITY = RoleTitleExtractor.NAME + "/possessive-nationality";
    static final String PRODUCT = RoleTitleExtractor.NAME + "/possessed-product";

    private final WordClasses words = WordClasses.get();
    private final Arguments arguments = new Arguments();

    void apply(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        if (!Graphs.isNoun(w)) {
            return;
        }
        Mention self = ctx.mentionAt(s, w.index() - 1);
        if (self != null && self.type() == EntityType.PERSON && self.end() == w.index()) {
            nationality(ctx, s, g, w, self);
            return;
        }
        if (words.is("person-nouns", w.word())) {
            return;
        }
        Mention owned = self != null && self.type() != EntityType.PERSON && self.type() != EntityType.LOCATION ? self : null;
        if (owned == null) {
            for (IndexedWord c : Graphs.children(g, w, "compound")) {
                Mention cm = ctx.mentionAt(s, c.index() - 1);
                if (cm != null && (cm.type() == EntityType.ORGANIZATION || cm.type() == EntityType.PRODUCT)) {
                    owned = cm;
                }
            }
        }
        if (owned != null) {
            owner(ctx, s, g, w, owned);
        }
    }

    private void nationality(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, Mention person) {
        for (String rel : List.of("nmod:poss", "nmod:of")) {
            for (IndexedWord p : Graphs.children(g, w, rel)) {
                Mention pm = ctx.mentionAt(s, p.index() - 1);
                if (pm != null && ctx.isCountry(pm)) {
                    ctx.addFrame(Frame.of(NATIONALITY, Predicate.CITIZEN_OF, s, -1, person, List.of(pm), List.of(), 0.7));
                }
            }
        }
    }

    private void owner(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w, Mention owned) {
        for (IndexedWord p : Graphs.children(g, w, "nmod:poss")) {
            if (Set.of("its", "their").contains(p.word().toLowerCase(Locale.ROOT))) {
                continue; // "its"/"their" are resolved too unreliably to claim ownership
            }
            for (Mention owner : arguments.resolve(ctx, s, g, p)) {
                if ((owner.type() == EntityType.PERSON || owner.type() == EntityType.ORGANIZATION) && !owner.name().equals(owned.name())) {
                    ctx.addFrame(Frame.of(PRODUCT, Predicate.OWNS, s, -1, owner, List.of(owned), List.of(), 0.65));
                }
            }
        }
    }
}
