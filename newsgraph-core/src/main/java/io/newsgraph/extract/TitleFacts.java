package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the role-and-title rules share: turning a title held by someone into a frame (or dropping
 * it, with the reason, when the types do not fit), and reading a title under a rank word.
 */
final class TitleFacts {
    private static final Set<String> RANKS = Set.of("deputy", "vice", "assistant", "associate", "under", "sub");

    private final WordClasses words = WordClasses.get();

    /**
     * Adds the frame "holder has title at owner" under {@code rule}, unless the types rule it out.
     * {@code anchor} is the title's token for a copular reading (its context decides modality), else -1.
     */
    void emit(ArticleContext ctx, String rule, int s, int anchor, Mention holder, TitleLexicon.Title title, Mention owner,
              boolean ownerIsDemonym, boolean former, double confidence) {
        if (owner == null || holder.name().equals(owner.name())) {
            return;
        }
        boolean supplier = title.kind().equals("supplier");
        boolean geo = title.kind().equals("geo");
        Predicate p = title.predicate();
        if (geo ? holder.type() != EntityType.LOCATION || owner.type() != EntityType.LOCATION
                : supplier ? holder.type() == EntityType.LOCATION : holder.type() != EntityType.PERSON) {
            ctx.trace().dropped(rule, s, p, holder, List.of(owner), "the holder's type does not fit the title");
            return;
        }
        if (title.kind().equals("place")) {
            if (owner.type() != EntityType.LOCATION) {
                ctx.trace().dropped(rule, s, p, holder, List.of(owner), "a title of a place needs a place");
                return;
            }
        } else if (ownerIsDemonym && !title.government()) {
            p = Predicate.CITIZEN_OF; // "Russian journalist X": a nationality, not an employer
        } else if (former) {
            if (!(ownerIsDemonym && title.government())) {
                ctx.trace().dropped(rule, s, p, holder, List.of(owner), "a former office is not a current one");
                return;
            }
            p = Predicate.CITIZEN_OF;
        }
        if (owner.type() == EntityType.PERSON && (p == Predicate.WORKS_FOR || p == Predicate.MEMBER_OF)) {
            // "the president's spokesman", "an adviser to Governor X": a person is no employer or body
            ctx.trace().dropped(rule, s, p, holder, List.of(owner), "a person is no employer or body");
            return;
        }
        if (owner.type() == EntityType.PERSON && (p == Predicate.LEADS || p == Predicate.OWNS || p == Predicate.FOUNDED)) {
            owner = ctx.retype(owner, EntityType.ORGANIZATION); // "CEO of Tesla": the title says it is an organisation
        }
        if (p == Predicate.LEADS && !former) {
            ctx.recordTitleHolder(Predicate.LEADS.name(), owner.name(), holder);
        }
        ctx.addFrame(Frame.of(rule, p, s, anchor, holder, List.of(owner), List.of(), confidence));
    }

    /**
     * "deputy mayor", "vice chairman", "foreign policy chief": a leading title under a rank word or
     * a field of work is a post in the organisation, not its head.
     */
    static TitleLexicon.Title subordinate(List<String> seq, TitleLexicon.Title t) {
        if (t.predicate() != Predicate.LEADS) {
            return t;
        }
        int n = t.words().split(" ").length;
        int before = seq.size() - n - 1;
        if (before < 0) {
            return t;
        }
        String w = seq.get(before).toLowerCase(Locale.ROOT);
        boolean rank = RANKS.contains(w);
        boolean field = (t.words().equals("chief") || t.words().equals("head")) && !TitleLexicon.get().isTitleWord(w)
                && Character.isLowerCase(seq.get(before).charAt(0)) && !TitleLexicon.formerPrefix(w) && !w.equals("the");
        return rank || field ? new TitleLexicon.Title(w + " " + t.words(), Predicate.WORKS_FOR, t.kind()) : t;
    }

    /** "former", but not "then-": a past office. */
    static boolean pastOffice(String word) {
        return TitleLexicon.formerPrefix(word) && !word.toLowerCase().startsWith("then");
    }

    boolean isOrgNoun(List<CoreLabel> toks, int i) {
        return i < toks.size() && toks.get(i).tag().startsWith("NN") && words.is("org-nouns", toks.get(i).word());
    }

    boolean isOrgNoun(String word) {
        return words.is("org-nouns", word);
    }
}
