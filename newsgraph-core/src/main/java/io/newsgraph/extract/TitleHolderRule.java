package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the parse says who holds a title that heads a noun phrase ("X, the chief executive of
 * Y", "X is the head of Y"). {@link #ORDERED} is the list {@link PredicateTitle} tries: the
 * first two always run, each later one only when no earlier one found a holder. A rule's name
 * ({@code role-title/appositive}) goes into the evidence of the facts it makes.
 */
interface TitleHolderRule {
    /** What a rule found: the holders, and whether the reading is copular (the title is a predicate). */
    record Found(List<Mention> holders, boolean copula) {
        static final Found NONE = new Found(List.of(), false);
    }

    /** The title word, its parse and the edge above it (null at the root). */
    record Site(ArticleContext ctx, int sentence, SemanticGraph graph, IndexedWord title, SemanticGraphEdge up) {
        String upRel() {
            return up == null ? "" : Graphs.rel(up);
        }

        List<Mention> resolve(Arguments arguments, IndexedWord w) {
            return arguments.resolve(ctx, sentence, graph, w);
        }

        Mention mentionAt(IndexedWord w) {
            return ctx.mentionAt(sentence, w.index() - 1);
        }
    }

    String name();

    /** True for the rules that run even when an earlier one found a holder. */
    default boolean always() {
        return false;
    }

    Found find(Site site, Arguments arguments);

    static TitleHolderRule of(String rule, boolean always, java.util.function.BiFunction<Site, Arguments, Found> finder) {
        String name = RoleTitleExtractor.NAME + "/" + rule;
        return new TitleHolderRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean always() {
                return always;
            }

            @Override
            public Found find(Site site, Arguments arguments) {
                return finder.apply(site, arguments);
            }
        };
    }

    List<TitleHolderRule> ORDERED = List.of(
            // "X, the chief executive of Y": the title in apposition to the name
            of("appositive", true, (t, a) -> t.upRel().equals("appos")
                    ? new Found(t.resolve(a, t.up().getGovernor()), false) : Found.NONE),
            // "X is the head of Y", "X, who is director of Y" (enhanced++ gives the relative clause its subject)
            of("copula", true, TitleHolderRules::copula),
            // "Acme's chief executive, Jane Roe, said": the name follows its title
            of("name-after-title", false, TitleHolderRules::nameAfterTitle),
            // "named Maria Silva chief executive of X", parsed as one noun phrase
            of("compound-name", false, TitleHolderRules::compoundName),
            // "the board named X chief executive", "X was appointed head of Y", "X became CEO of Y"
            of("appointed", false, TitleHolderRules::appointed),
            // "X won a contract and is the main supplier for Y": the copula shares the first verb's subject
            of("conjoined-copula", false, TitleHolderRules::conjoinedCopula),
            // "A spokesman for Acme, Jane Roe, said": the parser hangs the name on the nearest noun, the owner
            of("owner-appositive", false, TitleHolderRules::ownerAppositive));

    /** The finders of {@link #ORDERED} that take more than a line. */
    final class TitleHolderRules {
        private TitleHolderRules() {
        }

        static Found copula(Site t, Arguments a) {
            return copulaOf(t, a, t.title());
        }

        static Found nameAfterTitle(Site t, Arguments a) {
            List<Mention> out = new ArrayList<>();
            for (IndexedWord x : Graphs.children(t.graph(), t.title(), "appos")) {
                Mention am = t.mentionAt(x);
                if (am != null && am.type() == EntityType.PERSON && x.index() > t.title().index()) {
                    out.add(am);
                }
            }
            return new Found(out, false);
        }

        static Found compoundName(Site t, Arguments a) {
            List<Mention> out = new ArrayList<>();
            for (IndexedWord c : Graphs.children(t.graph(), t.title(), "compound")) {
                Mention cm = t.mentionAt(c);
                if (cm != null && cm.type() == EntityType.PERSON && c.index() < t.title().index()) {
                    out.add(cm);
                }
            }
            return new Found(out, false);
        }

        static Found appointed(Site t, Arguments a) {
            if (!t.upRel().equals("xcomp") || !Graphs.isVerb(t.up().getGovernor())) {
                return Found.NONE;
            }
            IndexedWord v = t.up().getGovernor();
            List<IndexedWord> who = new ArrayList<>(Graphs.children(t.graph(), v, "obj"));
            if (who.isEmpty()) {
                who.addAll(Graphs.children(t.graph(), v, "nsubj:pass"));
                who.addAll(Graphs.children(t.graph(), v, "nsubj"));
            }
            List<Mention> out = new ArrayList<>();
            who.forEach(h -> out.addAll(t.resolve(a, h)));
            return new Found(out, true);
        }

        static Found conjoinedCopula(Site t, Arguments a) {
            if (!Graphs.hasChild(t.graph(), t.title(), "cop") || !t.upRel().startsWith("conj")) {
                return Found.NONE;
            }
            return copulaOf(t, a, t.up().getGovernor());
        }

        private static Found copulaOf(Site t, Arguments a, IndexedWord verb) {
            List<IndexedWord> subjects = Graphs.children(t.graph(), verb, "nsubj");
            List<Mention> out = new ArrayList<>();
            subjects.forEach(subj -> out.addAll(t.resolve(a, subj)));
            return new Found(out, !subjects.isEmpty());
        }

        static Found ownerAppositive(Site t, Arguments a) {
            if (t.up() == null || t.upRel().equals("appos")) {
                return Found.NONE;
            }
            List<Mention> out = new ArrayList<>();
            for (String rel : List.of("nmod:for", "nmod:of", "nmod:at")) {
                for (IndexedWord o : Graphs.children(t.graph(), t.title(), rel)) {
                    for (IndexedWord x : Graphs.children(t.graph(), o, "appos")) {
                        Mention am = t.mentionAt(x);
                        Mention om = t.mentionAt(o);
                        if (am != null && am.type() == EntityType.PERSON && om != null && om.type() != EntityType.PERSON) {
                            out.add(am);
                        }
                    }
                }
            }
            return new Found(out, false);
        }
    }
}
