package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Roles and titles: titles written before a name ("Kremlin spokesperson X", "Russian President X",
 * "SpaceX CEO X"), in an apposition ("X, the chief executive of Y"), after a copula or in a
 * relative clause ("X is the head of Y", "X, who is director of Y"), with a possessive or "of"
 * country ("Argentina's X", "X of Belarus" -> CITIZEN_OF), and possessed products ("his Starlink
 * service" -> OWNS). Places in places are {@link PlaceExtractor}'s. A demonym alone with a job gives nationality, with an office the country.
 * "former" drops the office (keeps nationality); "then-" keeps it. Uses titles.tsv.
 */
public final class RoleTitleExtractor implements Extractor {
    static final String NAME = "role-title";
    private static final Set<String> STOP_TAGS = Set.of("DT", "IN", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "POS", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "RB", "CD");

    private final TitleLexicon titles = TitleLexicon.get();
    private final Gazetteer gazetteer = Gazetteer.get();
    private final WordClasses words = WordClasses.get();
    private final Arguments arguments = new Arguments();

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

    @Override
    public void extract(ArticleContext ctx) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            for (Mention m : ctx.mentionsIn(s)) {
                if (m.type() == EntityType.PERSON) {
                    premodifiers(ctx, s, m);
                }
            }
            SemanticGraph g = ctx.graph(s);
            if (g != null) {
                for (IndexedWord w : g.vertexListSorted()) {
                    predicateTitle(ctx, s, g, w);
                    possessives(ctx, s, g, w);
                }
            }
        }
    }

    /** "former Brazilian President Jair Bolsonaro", "Trump campaign press secretary Karoline Leavitt". */
    private void premodifiers(ArticleContext ctx, int s, Mention person) {
        List<CoreLabel> toks = ctx.tokens(s);
        int r = person.begin();
        while (r > 0) {
            CoreLabel t = toks.get(r - 1);
            Mention other = ctx.mentionAt(s, r - 1);
            if (STOP_TAGS.contains(t.tag()) || t.tag().startsWith("VB") || (other != null && other.type() == EntityType.PERSON && r - 1 < person.begin() - 1 && !isOrgNoun(toks, r))) {
                break;
            }
            r--;
        }
        if (r == person.begin()) {
            return;
        }
        List<String> run = new ArrayList<>();
        for (int i = r; i < person.begin(); i++) {
            run.add(toks.get(i).word());
        }
        Optional<TitleLexicon.Title> title = titles.longestSuffix(run).map(tt -> subordinate(run, tt));
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
        boolean former = false;
        Mention owner = null;
        String demonymCountry = null;
        if (r >= 2 && "POS".equals(toks.get(r - 1).tag())) {
            Mention possessor = ctx.mentionAt(s, r - 2); // "Microsoft's chief executive Satya Nadella"
            if (possessor != null && possessor.type() != EntityType.PERSON) {
                owner = possessor;
            }
        }
        for (int i = r; i < titleStart; i++) {
            CoreLabel t = toks.get(i);
            if (TitleLexicon.formerPrefix(t.word()) && !t.word().toLowerCase().startsWith("then")) {
                former = true;
            }
            Mention om = ctx.mentionAt(s, i);
            if (om != null && om.type() != EntityType.PERSON) {
                owner = om;
                i = om.end() - 1;
            } else if (om != null && om.type() == EntityType.PERSON && om.end() < titleStart && isOrgNoun(toks, om.end())) {
                // "Trump campaign": an organisation named after a person
                int end = om.end() + 1;
                String text = MentionExtractor.join(toks, om.begin(), end);
                owner = ctx.addMention(new Mention(s, om.begin(), end, text, text, EntityType.ORGANIZATION, true));
                i = end - 1;
            } else if (ctx.countryOfDemonym(t.word()).isPresent() && Character.isUpperCase(t.word().charAt(0))) {
                demonymCountry = ctx.countryOfDemonym(t.word()).get();
                if (owner == null) {
                    owner = ctx.addMention(new Mention(s, i, i + 1, t.word(), demonymCountry, EntityType.LOCATION, true));
                }
            }
        }
        if (owner == null && title.get().government()) {
            owner = officeOfPlace(ctx, s, person); // "President Jane Roe of Senegal"
        }
        emit(ctx, s, -1, person, title.get(), owner, demonymCountry != null && owner != null && owner.synthetic(), former, 0.8);
    }

    /** The place right after "of" behind a name: the office's country or city in "Mayor X of Y". */
    private Mention officeOfPlace(ArticleContext ctx, int s, Mention person) {
        List<CoreLabel> toks = ctx.tokens(s);
        if (person.end() + 1 < toks.size() && "of".equals(toks.get(person.end()).word())) {
            Mention place = ctx.mentionAt(s, person.end() + 1);
            if (place != null && place.type() == EntityType.LOCATION && place.begin() == person.end() + 1) {
                return place;
            }
        }
        return null;
    }

    /**
     * "deputy mayor", "vice chairman", "foreign policy chief": a leading title under a rank word or
     * a field of work is a post in the organisation, not its head.
     */
    private TitleLexicon.Title subordinate(List<String> seq, TitleLexicon.Title t) {
        if (t.predicate() != Predicate.LEADS) {
            return t;
        }
        int n = t.words().split(" ").length;
        int before = seq.size() - n - 1;
        if (before < 0) {
            return t;
        }
        String w = seq.get(before).toLowerCase(java.util.Locale.ROOT);
        boolean rank = Set.of("deputy", "vice", "assistant", "associate", "under", "sub").contains(w);
        boolean field = (t.words().equals("chief") || t.words().equals("head")) && !TitleLexicon.get().isTitleWord(w)
                && Character.isLowerCase(seq.get(before).charAt(0)) && !TitleLexicon.formerPrefix(w) && !w.equals("the");
        return rank || field ? new TitleLexicon.Title(w + " " + t.words(), Predicate.WORKS_FOR, t.kind()) : t;
    }

    private boolean isOrgNoun(List<CoreLabel> toks, int i) {
        return i < toks.size() && toks.get(i).tag().startsWith("NN") && words.is("org-nouns", toks.get(i).word());
    }

    /** Titles that are the head of an apposition or a copular predicate, with "of"/"at"/"for" owners. */
    private void predicateTitle(ArticleContext ctx, int s, SemanticGraph g, IndexedWord t) {
        if (!Graphs.isNoun(t) || !titles.isTitleWord(t.word())) {
            return;
        }
        if (ctx.mentionAt(s, t.index() - 1) != null) {
            return;
        }
        List<String> seq = new ArrayList<>();
        boolean former = false;
        List<IndexedWord> mods = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(t)) {
            String r = Graphs.rel(e);
            if ((r.equals("amod") || r.equals("compound")) && e.getDependent().index() < t.index()) {
                mods.add(e.getDependent());
            }
        }
        mods.sort((a, b) -> Integer.compare(a.index(), b.index()));
        for (IndexedWord m : mods) {
            if (TitleLexicon.formerPrefix(m.word()) && !m.word().toLowerCase().startsWith("then")) {
                former = true;
            }
            if (ctx.mentionAt(s, m.index() - 1) == null && ctx.countryOfDemonym(m.word()).isEmpty()) {
                seq.add(m.word());
            }
        }
        seq.add(t.word());
        Optional<TitleLexicon.Title> title = titles.longestSuffix(seq).map(tt -> subordinate(seq, tt));
        if (title.isEmpty()) {
            return;
        }
        List<Mention> holders = new ArrayList<>();
        boolean copula = false;
        SemanticGraphEdge up = Graphs.parentEdge(g, t);
        if (up != null && Graphs.rel(up).equals("appos")) {
            holders.addAll(arguments.resolve(ctx, s, g, up.getGovernor()));
        }
        for (IndexedWord subj : Graphs.children(g, t, "nsubj")) {
            holders.addAll(arguments.resolve(ctx, s, g, subj));
            copula = true;
        }
        if (holders.isEmpty()) {
            for (IndexedWord a : Graphs.children(g, t, "appos")) {
                Mention am = ctx.mentionAt(s, a.index() - 1);
                if (am != null && am.type() == EntityType.PERSON && a.index() > t.index()) {
                    holders.add(am); // "Acme's chief executive, Jane Roe, said": the name follows its title
                }
            }
        }
        if (holders.isEmpty()) {
            for (IndexedWord c : Graphs.children(g, t, "compound")) {
                Mention cm = ctx.mentionAt(s, c.index() - 1);
                if (cm != null && cm.type() == EntityType.PERSON && c.index() < t.index()) {
                    holders.add(cm); // "named Maria Silva chief executive of X", parsed as one noun phrase
                }
            }
        }
        if (holders.isEmpty() && up != null && Graphs.rel(up).equals("xcomp") && Graphs.isVerb(up.getGovernor())) {
            // "the board named X chief executive", "X was appointed head of Y", "X became CEO of Y"
            IndexedWord v = up.getGovernor();
            List<IndexedWord> who = new ArrayList<>(Graphs.children(g, v, "obj"));
            if (who.isEmpty()) {
                who.addAll(Graphs.children(g, v, "nsubj:pass"));
                who.addAll(Graphs.children(g, v, "nsubj"));
            }
            for (IndexedWord h : who) {
                holders.addAll(arguments.resolve(ctx, s, g, h));
            }
            copula = true;
        }
        if (holders.isEmpty() && Graphs.hasChild(g, t, "cop") && up != null && Graphs.rel(up).startsWith("conj")) {
            // "X won a contract and is the main supplier for Y": the copula shares the first verb's subject
            for (IndexedWord subj : Graphs.children(g, up.getGovernor(), "nsubj")) {
                holders.addAll(arguments.resolve(ctx, s, g, subj));
                copula = true;
            }
        }
        if (holders.isEmpty() && up != null && !Graphs.rel(up).equals("appos")) {
            // "A spokesman for Acme, Jane Roe, said": the parser hangs the name on the nearest noun, the owner
            for (String rel : List.of("nmod:for", "nmod:of", "nmod:at")) {
                for (IndexedWord o : Graphs.children(g, t, rel)) {
                    for (IndexedWord a : Graphs.children(g, o, "appos")) {
                        Mention am = ctx.mentionAt(s, a.index() - 1);
                        Mention om = ctx.mentionAt(s, o.index() - 1);
                        if (am != null && am.type() == EntityType.PERSON && om != null && om.type() != EntityType.PERSON) {
                            holders.add(am);
                        }
                    }
                }
            }
        }
        if (holders.isEmpty()) {
            return;
        }
        List<Mention> owners = new ArrayList<>();
        boolean fromDemonym = false;
        List<String> ownerRels = title.get().kind().equals("supplier") ? List.of("nmod:for", "nmod:to")
                : title.get().kind().equals("geo") ? List.of("nmod:of", "nmod:in", "nmod:poss") // "a city in northern X"
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
                owners.add(ctx.addMention(new Mention(s, m.index() - 1, m.index(), m.word(), ctx.countryOfDemonym(m.word()).get(), EntityType.LOCATION, true)));
                fromDemonym = true;
            }
        }
        for (Mention h : holders) {
            for (Mention o : owners) {
                emit(ctx, s, copula ? t.index() - 1 : -1, h, title.get(), o, fromDemonym, former, copula ? 0.8 : 0.85);
            }
        }
    }

    /** "the Russian presidential administration": an unnamed institution made specific by a demonym or name. */
    private Optional<Mention> organisationPhrase(ArticleContext ctx, int s, SemanticGraph g, IndexedWord head) {
        if (!words.is("org-nouns", head.word())) {
            return Optional.empty();
        }
        int begin = head.index() - 1;
        if (ctx.mentionAt(s, head.index() - 1) != null) {
            return Optional.empty();
        }
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

    private void emit(ArticleContext ctx, int s, int anchor, Mention holder, TitleLexicon.Title title, Mention owner,
                      boolean ownerIsDemonym, boolean former, double confidence) {
        if (owner == null || holder.name().equals(owner.name())) {
            return;
        }
        boolean supplier = title.kind().equals("supplier");
        boolean geo = title.kind().equals("geo");
        if (geo ? holder.type() != EntityType.LOCATION || owner.type() != EntityType.LOCATION
                : supplier ? holder.type() == EntityType.LOCATION : holder.type() != EntityType.PERSON) {
            return;
        }
        Predicate p = title.predicate();
        if (title.kind().equals("place")) {
            if (owner.type() != EntityType.LOCATION) {
                return;
            }
        } else if (ownerIsDemonym && !title.government()) {
            p = Predicate.CITIZEN_OF; // "Russian journalist X": a nationality, not an employer
        } else if (former) {
            if (!(ownerIsDemonym && title.government())) {
                return; // a past office is not a current one
            }
            p = Predicate.CITIZEN_OF;
        }
        if (owner.type() == EntityType.PERSON && (p == Predicate.WORKS_FOR || p == Predicate.MEMBER_OF)) {
            return; // "the president's spokesman", "an adviser to Governor X": a person is no employer or body
        }
        if (owner.type() == EntityType.PERSON && (p == Predicate.LEADS || p == Predicate.OWNS || p == Predicate.FOUNDED)) {
            owner = ctx.retype(owner, EntityType.ORGANIZATION); // "CEO of Tesla": the title says it is an organisation
        }
        if (p == Predicate.LEADS && !former) {
            ctx.recordTitleHolder(Predicate.LEADS.name(), owner.name(), holder);
        }
        ctx.addFrame(Frame.of(NAME, p, s, anchor, holder, List.of(owner), List.of(), confidence));
    }

    /** "Argentina's X" and "X of Belarus" (nationality); "his Starlink service" (ownership). */
    private void possessives(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        if (!Graphs.isNoun(w)) {
            return;
        }
        Mention self = ctx.mentionAt(s, w.index() - 1);
        if (self != null && self.type() == EntityType.PERSON && self.end() == w.index()) {
            for (String rel : List.of("nmod:poss", "nmod:of")) {
                for (IndexedWord p : Graphs.children(g, w, rel)) {
                    Mention pm = ctx.mentionAt(s, p.index() - 1);
                    if (pm != null && ctx.isCountry(pm)) {
                        ctx.addFrame(Frame.of(NAME, Predicate.CITIZEN_OF, s, -1, self, List.of(pm), List.of(), 0.7));
                    }
                }
            }
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
        if (owned == null) {
            return;
        }
        for (IndexedWord p : Graphs.children(g, w, "nmod:poss")) {
            if (Set.of("its", "their").contains(p.word().toLowerCase(java.util.Locale.ROOT))) {
                continue; // "its"/"their" are resolved too unreliably to claim ownership
            }
            for (Mention owner : arguments.resolve(ctx, s, g, p)) {
                if ((owner.type() == EntityType.PERSON || owner.type() == EntityType.ORGANIZATION) && !owner.name().equals(owned.name())) {
                    ctx.addFrame(Frame.of(NAME, Predicate.OWNS, s, -1, owner, List.of(owned), List.of(), 0.65));
                }
            }
        }
    }
}
