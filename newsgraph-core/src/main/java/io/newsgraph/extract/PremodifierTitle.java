package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code role-title/premodifier}: a title written before a person's name, with its owner in
 * front ("former Brazilian President Jair Bolsonaro", "Trump campaign press secretary Karoline
 * Leavitt", "Microsoft's chief executive Satya Nadella", "President Jane Roe of Senegal").
 */
final class PremodifierTitle {
    static final String RULE = RoleTitleExtractor.NAME + "/premodifier";
    private static final Set<String> STOP_TAGS = Set.of("DT", "IN", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "POS", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "RB", "CD");

    private final TitleLexicon titles = TitleLexicon.get();
    private final TitleFacts facts;

    PremodifierTitle(TitleFacts facts) {
        this.facts = facts;
    }

    void apply(ArticleContext ctx, int s, Mention person) {
        List<CoreLabel> toks = ctx.tokens(s);
        int r = runStart(ctx, s, person, toks);
        if (r == person.begin()) {
            return;
        }
        List<String> run = new ArrayList<>();
        for (int i = r; i < person.begin(); i++) {
            run.add(toks.get(i).word());
        }
        Optional<TitleLexicon.Title> title = titles.longestSuffix(run).map(tt -> TitleFacts.subordinate(run, tt));
        if (title.isEmpty()) {
            // "Russian kleptocrat X": no known title, but the demonym still tells whose leader "the Russian leader" may be
            for (int i = r; i < person.begin(); i++) {
                String w = toks.get(i).word();
                if (Character.isUpperCase(w.charAt(0))) {
                    ctx.countryOfDemonym(w).ifPresent(c -> ctx.recordTitleHolder("DEMONYM", c, person));
                }
            }
            return;
        }
        int titleStart = person.begin() - title.get().words().split(" ").length;
        Owner owner = owner(ctx, s, toks, r, titleStart);
        Mention found = owner.mention();
        if (found == null && title.get().government()) {
            found = officeOfPlace(ctx, s, person); // "President Jane Roe of Senegal"
        }
        if (found == null) {
            ctx.trace().dropped(RULE, s, title.get().predicate(), person, List.of(), "the title names no owner");
        }
        facts.emit(ctx, RULE, s, -1, person, title.get(), found, owner.demonym() && found != null && found.synthetic(),
                owner.former(), 0.8);
    }

    /** The owner read in front of the title, whether a demonym was among those words, and whether the office is past. */
    private record Owner(Mention mention, boolean demonym, boolean former) {
    }

    private Owner owner(ArticleContext ctx, int s, List<CoreLabel> toks, int r, int titleStart) {
        boolean former = false;
        Mention owner = null;
        boolean demonym = false;
        if (r >= 2 && "POS".equals(toks.get(r - 1).tag())) {
            Mention possessor = ctx.mentionAt(s, r - 2); // "Microsoft's chief executive Satya Nadella"
            if (possessor != null && possessor.type() != EntityType.PERSON) {
                owner = possessor;
            }
        }
        for (int i = r; i < titleStart; i++) {
            CoreLabel t = toks.get(i);
            if (TitleFacts.pastOffice(t.word())) {
                former = true;
            }
            Mention om = ctx.mentionAt(s, i);
            if (om != null && om.type() != EntityType.PERSON) {
                owner = om;
                i = om.end() - 1;
            } else if (om != null && om.type() == EntityType.PERSON && om.end() < titleStart && facts.isOrgNoun(toks, om.end())) {
                // "Trump campaign": an organisation named after a person
                int end = om.end() + 1;
                String text = MentionExtractor.join(toks, om.begin(), end);
                owner = ctx.addMention(new Mention(s, om.begin(), end, text, text, EntityType.ORGANIZATION, true));
                i = end - 1;
            } else if (ctx.countryOfDemonym(t.word()).isPresent() && Character.isUpperCase(t.word().charAt(0))) {
                demonym = true;
                if (owner == null) {
                    owner = ctx.addMention(new Mention(s, i, i + 1, t.word(), ctx.countryOfDemonym(t.word()).get(), EntityType.LOCATION, true));
                }
            }
        }
        return new Owner(owner, demonym, former);
    }

    /** Where the words in front of the name that may hold a title begin. */
    private int runStart(ArticleContext ctx, int s, Mention person, List<CoreLabel> toks) {
        int r = person.begin();
        while (r > 0) {
            CoreLabel t = toks.get(r - 1);
            Mention other = ctx.mentionAt(s, r - 1);
            if (STOP_TAGS.contains(t.tag()) || t.tag().startsWith("VB")
                    || (other != null && other.type() == EntityType.PERSON && r - 1 < person.begin() - 1 && !facts.isOrgNoun(toks, r))) {
                break;
            }
            r--;
        }
        return r;
    }

    /** The place right after "of" behind a name: the office's country or city in "Mayor X of Y". */
    private static Mention officeOfPlace(ArticleContext ctx, int s, Mention person) {
        List<CoreLabel> toks = ctx.tokens(s);
        if (person.end() + 1 < toks.size() && "of".equals(toks.get(person.end()).word())) {
            Mention place = ctx.mentionAt(s, person.end() + 1);
            if (place != null && place.type() == EntityType.LOCATION && place.begin() == person.end() + 1) {
                return place;
            }
        }
        return null;
    }
}
