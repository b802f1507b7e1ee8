package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names CoreNLP's NER leaves untagged, found from the position they stand in, each rule named in
 * the article's type rules: an organisation's capitalised name ending in an institution's head
 * word ("the Rwandan Patriotic Front", "the 12th Brigade"); an acronym given in brackets beside an
 * organisation ("the Union of Workers (UOW)"), which names that organisation; a state's own short
 * name used before a noun ("Soviet historians": the Soviet Union, not a nationality); and a single
 * capitalised word with an age in commas after it ("Cheek, 53, is ..."), which is how news names
 * a person. The words that decide are data (names.tsv).
 */
final class UntaggedNames {
    private static final WordClasses WORDS = MentionBoundaries.WORDS;
    /** NER tags a word of an organisation's name may carry when NER did not see the name. */
    private static final Set<String> LOOSE_TAGS = Set.of("O", "MISC", "ORDINAL", "NATIONALITY", "IDEOLOGY", "RELIGION");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z&]{1,7}");
    /** A monitoring service's item number at the head of a source line ("NC1404123794"). */
    private static final java.util.regex.Pattern SOURCE_ID = java.util.regex.Pattern.compile("[A-Z]{2}\\d{6,}");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    private UntaggedNames() {
    }

    static void add(ArticleContext ctx) {
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            List<CoreLabel> toks = ctx.tokens(s);
            for (int i = 0; i < toks.size(); i++) {
                stateName(ctx, s, toks, i);
            }
            for (int i = 0; i < toks.size(); i++) {
                organisationByHead(ctx, s, toks, i);
                personWithAge(ctx, s, toks, i);
                personByApposition(ctx, s, toks, i);
                personInPair(ctx, s, toks, i);
            }
            bracketedAcronyms(ctx, s, toks);
            sourceLinePublication(ctx, s, toks);
        }
    }

    /** "Soviet volunteers": a state's short name as a modifier names the state ("Soviet Union"). */
    private static void stateName(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        if (!WORDS.is("state-adjectives", t.word()) || ctx.mentionAt(s, i) != null
                || i > 0 && MentionBoundaries.isCapitalised(toks.get(i - 1)) && !isSentenceStart(toks, i - 1)) {
            return; // "the Supreme Soviet" is a parliament, not the state
        }
        stateOf(t.word()).ifPresent(state -> add(ctx, new Mention(s, i, i + 1, t.word(), state, EntityType.LOCATION, false),
                "untagged/state-adjective"));
    }

    /** The state whose name begins with this word ("Soviet" -> "Soviet Union"). */
    static Optional<String> stateOf(String word) {
        String prefix = word.toLowerCase(java.util.Locale.ROOT) + " ";
        return WORDS.words("former-countries").stream().filter(c -> c.startsWith(prefix)).sorted().findFirst()
                .map(UntaggedNames::capitalised); // the word lists are kept in lower case
    }

    private static String capitalised(String lower) {
        StringBuilder b = new StringBuilder();
        for (String w : lower.split(" ")) {
            b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /**
     * "the Rwandan Patriotic Front", "the 12th Brigade", "Soviet Navy": untagged capitalised words
     * (or an ordinal) ending in an institution's head word. A lone head word counts only right
     * after a place ("the Soviet Navy"), since "Union soldiers" or "the Party" alone are ambiguous.
     */
    private static void organisationByHead(ArticleContext ctx, int s, List<CoreLabel> toks, int head) {
        CoreLabel h = toks.get(head);
        if (!WORDS.is("organisation-heads", h.word()) || !MentionBoundaries.isCapitalised(h) || !isLoose(ctx, s, toks, head)
                || head + 1 < toks.size() && isLoose(ctx, s, toks, head + 1) && MentionBoundaries.isCapitalised(toks.get(head + 1))) {
            return; // the head must end the capitalised run ("Union Carbide" is not a union)
        }
        int begin = head;
        while (begin > 0 && isLoose(ctx, s, toks, begin - 1) && !isSentenceStartArticle(toks, begin - 1)
                && (MentionBoundaries.isCapitalised(toks.get(begin - 1)) || ORDINAL.matcher(toks.get(begin - 1).word()).matches())) {
            begin--;
        }
        Mention before = begin > 0 ? ctx.mentionAt(s, begin - 1) : null;
        boolean afterPlace = before != null && before.type() == EntityType.LOCATION && before.end() == begin;
        if (begin == head && !afterPlace) {
            return;
        }
        String text = MentionExtractor.join(toks, begin, head + 1);
        add(ctx, new Mention(s, begin, head + 1, text, text, EntityType.ORGANIZATION, false), "untagged/organisation-head");
    }

    /** "Cheek, 53, is a former ...": one untagged capitalised word with an age between commas is a person. */
    private static void personWithAge(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        if (i + 3 >= toks.size() || ctx.mentionAt(s, i) != null || !MentionBoundaries.isCapitalised(t)
                || t.tag() == null || !t.tag().startsWith("NN") || t.word().length() < 3
                || !",".equals(toks.get(i + 1).word()) || !",".equals(toks.get(i + 3).word()) || !isAge(toks.get(i + 2).word())) {
            return;
        }
        if (i > 0 && !toks.get(i - 1).word().matches(",|and|--|\\(|-LRB-|``|\"") ) {
            return; // "in Paris, 12, ..." or "March, 15, ..." stand after a word, not where a subject begins
        }
        add(ctx, new Mention(s, i, i + 1, t.word(), t.word(), EntityType.PERSON, false), "untagged/age");
    }

    /** "Tal, a senior ministry official, has ...": a lone untagged name that an apposition calls a person. */
    private static void personByApposition(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        if (!isLoneUntaggedWord(ctx, s, toks, i) || i > 0 && !toks.get(i - 1).word().matches(",|and")
                || i + 3 >= toks.size() || !",".equals(toks.get(i + 1).word()) || !"DT".equals(toks.get(i + 2).tag())) {
            return;
        }
        for (int j = i + 3; j < Math.min(toks.size() - 1, i + 9); j++) {
            CoreLabel t = toks.get(j);
            if (t.tag() == null || !(t.tag().startsWith("NN") || t.tag().startsWith("JJ"))) {
                return;
            }
            boolean personNoun = "TITLE".equals(t.ner()) || WORDS.is("person-nouns", t.word()) && Character.isLowerCase(t.word().charAt(0));
            if (personNoun && t.tag().startsWith("NN") && toks.get(j + 1).word().matches("[,.]")) {
                add(ctx, new Mention(s, i, i + 1, toks.get(i).word(), toks.get(i).word(), EntityType.PERSON, false), "untagged/apposition");
                return;
            }
        }
    }

    /** "Brutus and Cassius": a lone untagged name joined by "and" or "or" to a person is a person too. */
    private static void personInPair(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        if (i == 0 || !isLoneUntaggedWord(ctx, s, toks, i)) {
            return;
        }
        Mention left = i >= 2 && toks.get(i - 1).word().matches("and|or") ? ctx.mentionAt(s, i - 2) : null;
        Mention right = i + 2 < toks.size() && toks.get(i + 1).word().matches("and|or") ? ctx.mentionAt(s, i + 2) : null;
        boolean pairedWithPerson = left != null && left.type() == EntityType.PERSON && left.end() == i - 1
                || right != null && right.type() == EntityType.PERSON && right.begin() == i + 2;
        if (pairedWithPerson) {
            add(ctx, new Mention(s, i, i + 1, toks.get(i).word(), toks.get(i).word(), EntityType.PERSON, false), "untagged/pair");
        }
    }

    private static boolean isLoneUntaggedWord(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        return ctx.mentionAt(s, i) == null && "O".equals(t.ner()) && "NNP".equals(t.tag()) && t.word().length() >= 3
                && Character.isUpperCase(t.word().charAt(0)) && t.word().substring(1).chars().anyMatch(Character::isLowerCase)
                && (i + 1 >= toks.size() || !"NNP".equals(toks.get(i + 1).tag()))
                && (i == 0 || !"NNP".equals(toks.get(i - 1).tag()) || toks.get(i - 1).word().matches("and|or"));
    }

    /**
     * "Cairo AL-AHALI in Arabic 6 Apr 94", "Moscow MOSKOVSKIY KOMSOMOLETS": a monitoring service's
     * source line names the place and then the newspaper or broadcaster, and at most its language.
     */
    private static void sourceLinePublication(ArticleContext ctx, int s, List<CoreLabel> toks) {
        for (Mention place : ctx.mentionsIn(s)) {
            boolean opensLine = place.begin() == 0 || SOURCE_ID.matcher(toks.get(place.begin() - 1).word()).matches();
            if (place.type() == EntityType.LOCATION && opensLine) {
                publicationAfter(ctx, s, toks, place);
            }
        }
    }

    private static void publicationAfter(ArticleContext ctx, int s, List<CoreLabel> toks, Mention place) {
        int end = place.end();
        while (end < toks.size() && ctx.mentionAt(s, end) == null && "O".equals(toks.get(end).ner())
                && toks.get(end).word().matches("[A-Z0-9][\\p{L}0-9]*|-")) {
            end++;
        }
        while (end > place.end() && "-".equals(toks.get(end - 1).word())) {
            end--;
        }
        boolean closes = end == toks.size() || "in".equals(toks.get(end).word()) && end + 1 < toks.size()
                && Character.isUpperCase(toks.get(end + 1).word().charAt(0));
        if (end > place.end() && closes && Character.isLetter(toks.get(place.end()).word().charAt(0))) {
            String text = MentionExtractor.join(toks, place.end(), end);
            add(ctx, new Mention(s, place.end(), end, text, text, EntityType.ORGANIZATION, false), "untagged/source-line");
        }
    }

    private static boolean isAge(String w) {
        return w.matches("[1-9]\\d?") && Integer.parseInt(w) >= 16;
    }

    /**
     * "the National Workers' Organisation (NWO)" and "NWO (National Workers' Organisation)": an
     * acronym in brackets beside an organisation, or before one in brackets, names that organisation.
     */
    private static void bracketedAcronyms(ArticleContext ctx, int s, List<CoreLabel> toks) {
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (!isAcronymCandidate(ctx, s, toks, i)) {
                continue;
            }
            Mention org = null;
            if (isOpen(toks.get(i - 1)) && isClose(toks.get(i + 1)) && i >= 2) {
                org = ctx.mentionAt(s, i - 2);
                org = org != null && org.end() == i - 1 ? org : null;
            } else if (isOpen(toks.get(i + 1)) && i + 2 < toks.size()) {
                Mention after = ctx.mentionAt(s, i + 2);
                org = after != null && after.begin() == i + 2 && after.end() < toks.size() && isClose(toks.get(after.end())) ? after : null;
            }
            if (org != null && org.type() == EntityType.ORGANIZATION && !org.synthetic()) {
                add(ctx, new Mention(s, i, i + 1, toks.get(i).word(), org.name(), EntityType.ORGANIZATION, false), "untagged/acronym");
            }
        }
    }

    private static boolean isAcronymCandidate(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        return ctx.mentionAt(s, i) == null && ACRONYM.matcher(toks.get(i).word()).matches();
    }

    private static boolean isOpen(CoreLabel t) {
        return "(".equals(t.word()) || "-LRB-".equals(t.word()) || "-LRB-".equals(t.tag());
    }

    private static boolean isClose(CoreLabel t) {
        return ")".equals(t.word()) || "-RRB-".equals(t.word()) || "-RRB-".equals(t.tag());
    }

    private static boolean isLoose(ArticleContext ctx, int s, List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        return ctx.mentionAt(s, i) == null && t.ner() != null && LOOSE_TAGS.contains(t.ner())
                && !"DT".equals(t.tag()) && !"POS".equals(t.tag()) && !TitleLexicon.get().isTitleWord(t.word());
    }

    private static boolean isSentenceStart(List<CoreLabel> toks, int i) {
        return i == 0;
    }

    /** A capitalised sentence-initial word that is not part of a name ("The", "Our"). */
    private static boolean isSentenceStartArticle(List<CoreLabel> toks, int i) {
        return i == 0 && toks.get(i).tag() != null && !toks.get(i).tag().startsWith("NNP") && !"JJ".equals(toks.get(i).tag())
                && !ORDINAL.matcher(toks.get(i).word()).matches();
    }

    private static void add(ArticleContext ctx, Mention m, String rule) {
        Mention kept = ctx.addMention(m);
        if (kept == m) {
            ctx.recordTypeRule(m.name(), rule);
        }
    }
}
