package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Roles and titles: titles written before a name ("Kremlin spokesperson X", "Russian President X",
 * "SpaceX CEO X"), in an apposition ("X, the chief executive of Y"), after a copula or in a
 * relative clause ("X is the head of Y", "X, who is director of Y"), with a possessive or "of"
 * country ("Argentina's X", "X of Belarus" -> CITIZEN_OF), and possessed products ("his Starlink
 * service" -> OWNS). Places in places are {@link PlaceExtractor}'s. A demonym alone with a job
 * gives nationality, with an office the country. "former" drops the office (keeps nationality);
 * "then-" keeps it. Uses titles.tsv.
 *
 * <p>Each way of reading a title is a named rule ({@link #ruleNames()}): {@link PremodifierTitle},
 * the {@link TitleHolderRule}s that {@link PredicateTitle} tries in order, and the two
 * {@link PossessiveTitle} rules. The rule's name goes into the evidence of every fact it makes.
 */
public final class RoleTitleExtractor implements Extractor {
    static final String NAME = "role-title";

    private final TitleFacts facts = new TitleFacts();
    private final PremodifierTitle premodifier = new PremodifierTitle(facts);
    private final PredicateTitle predicate = new PredicateTitle(facts);
    private final PossessiveTitle possessive = new PossessiveTitle();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> requires() {
        return Set.of(Capability.NER, Capability.DEPPARSE, Capability.MENTIONS, Capability.COREF_LINKS);
    }

    @Override
    public Set<Capability> provides() {
        return Set.of(Capability.TITLES, Capability.FRAMES);
    }

    /** The names of this extractor's rules, in the order they are tried. */
    public static List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        names.add(PremodifierTitle.RULE);
        TitleHolderRule.ORDERED.forEach(r -> names.add(r.name()));
        names.add(PossessiveTitle.NATIONALITY);
        names.add(PossessiveTitle.PRODUCT);
        return List.copyOf(names);
    }

    @Override
    public void extract(ArticleContext ctx) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            for (Mention m : ctx.mentionsIn(s)) {
                if (m.type() == EntityType.PERSON) {
                    premodifier.apply(ctx, s, m);
                }
            }
            SemanticGraph g = ctx.graph(s);
            if (g != null) {
                for (IndexedWord w : g.vertexListSorted()) {
                    predicate.apply(ctx, s, g, w);
                    possessive.apply(ctx, s, g, w);
                }
            }
        }
    }
}
