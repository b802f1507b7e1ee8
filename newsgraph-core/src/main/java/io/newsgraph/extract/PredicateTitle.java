package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Titles that head a noun phrase of their own (an apposition, a copular predicate, the object of
 * "named ... chief executive"), with "of"/"at"/"for" owners. Who holds the title is found by the
 * ordered {@link TitleHolderRule}s, and each holder's fact names the rule that found it.
 */
final class PredicateTitle {
    private final TitleLexicon titles = TitleLexicon.get();
    private final Arguments arguments = new Arguments();
    private final TitleFacts facts;

    PredicateTitle(TitleFacts facts) {
        this.facts = facts;
    }

    /** A holder and the rule that found it. */
    private record Holder(Mention mention, String rule) {
    }

    void apply(ArticleContext ctx, int s, SemanticGraph g, IndexedWord t) {
        if (!Graphs.isNoun(t) || !titles.isTitleWord(t.word()) || ctx.mentionAt(s, t.index() - 1) != null) {
            return;
        }
        List<IndexedWord> mods = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(t)) {
            String r = Graphs.rel(e);
            if ((r.equals("amod") || r.equals("compound")) && e.getDependent().index() < t.index()) {
                mods.add(e.getDependent());
            }
        }
        mods.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<String> seq = new ArrayList<>();
        boolean former = false;
        for (IndexedWord m : mods) {
            former |= TitleFacts.pastOffice(m.word());
            if (ctx.mentionAt(s, m.index() - 1) == null && ctx.countryOfDemonym(m.word()).isEmpty()) {
                seq.add(m.word());
            }
        }
        seq.add(t.word());
        Optional<TitleLexicon.Title> title = titles.longestSuffix(seq).map(tt -> TitleFacts.subordinate(seq, tt));
        if (title.isEmpty()) {
            return;
        }
        TitleHolderRule.Site site = new TitleHolderRule.Site(ctx, s, g, t, Graphs.parentEdge(g, t));
        List<Holder> holders = new ArrayList<>();
        boolean copula = false;
        for (TitleHolderRule rule : TitleHolderRule.ORDERED) {
            if (!rule.always() && !holders.isEmpty()) {
                continue;
            }
            TitleHolderRule.Found found = rule.find(site, arguments);
            copula |= found.copula();
            found.holders().forEach(h -> holders.add(new Holder(h, rule.name())));
        }
        if (holders.isEmpty()) {
            return;
        }
        Owners owners = owners(ctx, s, g, t, title.get(), mods);
        for (Holder h : holders) {
            if (owners.mentions().isEmpty()) {
                ctx.trace().dropped(h.rule(), s, title.get().predicate(), h.mention(), List.of(), "the title names no owner");
            }
            for (Mention o : owners.mentions()) {
                facts.emit(ctx, h.rule(), s, copula ? t.index() - 1 : -1, h.mention(), title.get(), o, owners.fromDemonym(),
                        former, copula ? 0.8 : 0.85);
            }
        }
    }

    /** Whose title it is, and whether that owner is a country read from a demonym ("the Russian president"). */
    private record Owners(List<Mention> mentions, boolean fromDemonym) {
    }

    private Owners owners(ArticleContext ctx, int s, SemanticGraph g, IndexedWord t, TitleLexicon.Title title, List<IndexedWord> mods) {
        List<Mention> owners = new ArrayList<>();
        boolean fromDemonym = false;
        List<String> ownerRels = title.kind().equals("supplier") ? List.of("nmod:for", "nmod:to")
                : title.kind().equals("geo") ? List.of("nmod:of", "nmod:in", "nmod:poss") // "a city in northern X"
                : List.of("nmod:of", "nmod:at", "nmod:for", "nmod:poss", "nmod:with");
        for (String rel : ownerRels) {
            for (IndexedWord o : Graphs.children(g, t, rel)) {
                Optional<Mention> phrase = organisationPhrase(ctx, s, g, o);
                if (phrase.isPresent()) {
                    owners.add(phrase.get());
                } else {
                    owners.addAll(arguments.resolve(ctx, s, g, o));
                }
            }
        }
        for (IndexedWord m : mods) {
            Mention mm = ctx.mentionAt(s, m.index() - 1);
            if (mm != null && mm.type() != EntityType.PERSON) {
                owners.add(mm);
            } else if (owners.isEmpty() && ctx.countryOfDemonym(m.word()).isPresent() && Character.isUpperCase(m.word().charAt(0))) {
                owners.add(ctx.addMention(new Mention(s, m.index() - 1, m.index(), m.word(), ctx.countryOfDemonym(m.word()).get(),
                        EntityType.LOCATION, true)));
                fromDemonym = true;
            }
        }
        return new Owners(owners, fromDemonym);
    }

    /** "the Russian presidential administration": an unnamed institution made specific by a demonym or name. */
    private Optional<Mention> organisationPhrase(ArticleContext ctx, int s, SemanticGraph g, IndexedWord head) {
        if (!facts.isOrgNoun(head.word()) || ctx.mentionAt(s, head.index() - 1) != null) {
            return Optional.empty();
        }
        int begin = head.index() - 1;
        boolean specific = false;
        boolean described = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String r = Graphs.rel(e);
            IndexedWord d = e.getDependent();
            if ((r.equals("amod") || r.equals("compound")) && d.index() < head.index()) {
                begin = Math.min(begin, d.index() - 1);
                if (ctx.countryOfDemonym(d.word()).isPresent() || "NNP".equals(d.tag())) {
                    specific = true;
                } else {
                    described = true;
                }
            }
        }
        if (!specific || !described) {
            return Optional.empty(); // "the Russian administration" is the state; "the presidential administration" too vague
        }
        String text = MentionExtractor.join(ctx.tokens(s), begin, head.index());
        return Optional.of(ctx.addMention(new Mention(s, begin, head.index(), text, text, EntityType.ORGANIZATION, false)));
    }
}
