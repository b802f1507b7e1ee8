package io.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsgraph.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Repairs where the names NER found begin and end, one small named rule at a time, on the runs of
 * one sentence before they become mentions. NER cuts names at a possessive ("People's Republic",
 * "Farmers' Union"), at "and" inside an agency's name, at a capitalised word it tags as a title
 * ("Savannah River Plant"), and around the common words that begin or end place names ("Indian
 * Ocean", "Sea of Japan", "Bank of England"); it fuses a source line's place with the agency after
 * it ("Paris AFP"); and it lets a name end in a lower-case noun ("Washington railroad station").
 * The words that decide are data (names.tsv).
 */
final class MentionBoundaries {
    /** Tokens [begin, end) of one sentence that name one thing of one type. */
    record Run(int begin, int end, EntityType type) {
        Run with(int b, int e) {
            return new Run(b, e, type);
        }
    }

    static final WordClasses WORDS = WordClasses.load("/io/newsgraph/extract/names.tsv");
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z][a-z]{0,3}\\.");

    private MentionBoundaries() {
    }

    static List<Run> repair(List<CoreLabel> toks, List<Run> found) {
        List<Run> runs = new ArrayList<>(found);
        runs.sort(Comparator.comparingInt(Run::begin));
        runs = joinAcrossPossessive(toks, runs);
        runs = joinAcrossAnd(toks, runs);
        runs = joinAcrossInnerWords(toks, runs);
        runs = Nicknames.joinAcrossNickname(toks, runs);
        runs = PlaceNames.extend(toks, runs);
        runs = splitSourceLines(toks, runs);
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run t = trimEnds(toks, r);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "People 's Republic of China", "Kevin O'Brien", "the Farmers' Union": a possessive between
     * two runs of one type is inside one name when NER tagged the possessive as part of it, or when
     * a plural possessive precedes an organisation's head word.
     */
    static List<Run> joinAcrossPossessive(List<CoreLabel> toks, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == r.type() && r.begin() == prev.end() + 1 && isPossessive(toks.get(prev.end()))
                    && ((sameTagAround(toks, prev.end()) && !twoNames(prev, r)) || pluralBeforeHead(toks, prev.end(), r))) {
                out.set(out.size() - 1, prev.with(prev.begin(), r.end()));
            } else if (prev == null || prev.end() < r.begin() - 1 || !isPossessive(toks.get(r.begin() - 1))
                    || !pluralBeforeHead(toks, r.begin() - 1, r)) {
                out.add(withPluralOwner(toks, r));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * "Meridian Capital's Bluewater Ferries": a name of two words or more on each side of the
     * possessive is an owner and what it owns, even where NER tagged the whole span as one name;
     * a one-word side ("People's Republic", "Moody's Investors Service", "St Mary's Hospital") is
     * part of one name.
     */
    private static boolean twoNames(Run owner, Run owned) {
        return owner.end() - owner.begin() >= 2 && owned.end() - owned.begin() >= 2;
    }

    /** "the Farmers' Union" where NER tagged only "Union": the plural owner is part of the name. */
    private static Run withPluralOwner(List<CoreLabel> toks, Run r) {
        int k = r.begin() - 1;
        if (r.type() == EntityType.ORGANIZATION && k >= 1 && isPossessive(toks.get(k)) && pluralBeforeHead(toks, k, r)
                && "O".equals(toks.get(k - 1).ner())) {
            int b = k - 1;
            while (b > 0 && isCapitalised(toks.get(b - 1)) && "O".equals(toks.get(b - 1).ner()) && !isArticle(toks.get(b - 1))) {
                b--;
            }
            return r.with(b, r.end());
        }
        return r;
    }

    private static boolean pluralBeforeHead(List<CoreLabel> toks, int possessive, Run after) {
        String owner = possessive > 0 ? toks.get(possessive - 1).word() : "";
        return "'".equals(toks.get(possessive).word()) && owner.endsWith("s") && isCapitalised(toks.get(possessive - 1))
                && isOrganisationEnd(toks.get(after.end() - 1).word());
    }

    /** An institution's head word or a company's legal form: a name ending in one names an organisation. */
    static boolean isOrganisationEnd(String word) {
        return WORDS.is("organisation-heads", word) || WORDS.is("legal-forms", word);
    }

    private static boolean sameTagAround(List<CoreLabel> toks, int k) {
        String tag = toks.get(k).ner();
        return tag != null && !"O".equals(tag) && tag.equals(toks.get(k - 1).ner()) || tag != null && !"O".equals(tag)
                && tag.equals(toks.get(k + 1).ner());
    }

    /**
     * "National Aeronautics and Space Administration": an "and" NER tagged inside an organisation
     * joins its two halves when only the second ends in an organisation's head word, or when the
     * name already runs through "of" or "for" ("Service for Television and Radio"). Two complete
     * names ("Northwind Energy Group and Harbor Logistics Ltd") stay two.
     */
    static List<Run> joinAcrossAnd(List<CoreLabel> toks, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == EntityType.ORGANIZATION && r.type() == EntityType.ORGANIZATION
                    && r.begin() == prev.end() + 1 && "CC".equals(toks.get(prev.end()).tag())
                    && "ORGANIZATION".equals(toks.get(prev.end()).ner()) && oneNameAcrossAnd(toks, prev, r)) {
                out.set(out.size() - 1, prev.with(prev.begin(), r.end()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean oneNameAcrossAnd(List<CoreLabel> toks, Run first, Run second) {
        boolean firstHead = isOrganisationEnd(toks.get(first.end() - 1).word());
        boolean secondHead = isOrganisationEnd(toks.get(second.end() - 1).word());
        boolean preposition = false;
        for (int i = first.begin() + 1; i < first.end(); i++) {
            preposition |= "IN".equals(toks.get(i).tag());
        }
        return !firstHead && (secondHead || preposition);
    }

    /**
     * "Savannah River Plant", "Paduka Dr. Siti Hasmah": two runs of one type with only capitalised
     * words NER tagged as something else (a title, nothing) between them are one name, and so are two
     * people's runs around an initial or an abbreviated honorific.
     */
    static List<Run> joinAcrossInnerWords(List<CoreLabel> toks, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.type() == r.type() && r.begin() > prev.end() && r.begin() - prev.end() <= 2
                    && innerWords(toks, prev, r)) {
                out.set(out.size() - 1, prev.with(prev.begin(), r.end()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean innerWords(List<CoreLabel> toks, Run prev, Run next) {
        for (int i = prev.end(); i < next.begin(); i++) {
            CoreLabel t = toks.get(i);
            boolean initial = next.type() == EntityType.PERSON && ABBREVIATION.matcher(t.word()).matches();
            boolean placeWord = next.type() == EntityType.LOCATION && isCapitalised(t) && t.tag().startsWith("NNP")
                    && ("O".equals(t.ner()) || "TITLE".equals(t.ner()));
            if (!initial && !placeWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * A source line such as "Paris AFP in English 0107 GMT": NER reads the place and the agency
     * after it as one name. A run that starts with a capital or a country and goes on with a wire
     * service or broadcaster is a place and an organisation.
     */
    static List<Run> splitSourceLines(List<CoreLabel> toks, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            int k = placePrefix(toks, r);
            if (k > r.begin() && k < r.end() && WORDS.is("news-agencies", toks.get(k).word())
                    && isCapitalised(toks.get(k)) && (k + 1 < r.end() || toks.get(k).word().equals(toks.get(k).word().toUpperCase(Locale.ROOT)))) {
                out.add(new Run(r.begin(), k, EntityType.LOCATION));
                out.add(new Run(k, r.end(), EntityType.ORGANIZATION));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /** The end of the longest start of a run that is a capital or country the gazetteer knows, or tagged a city. */
    private static int placePrefix(List<CoreLabel> toks, Run r) {
        int best = r.begin();
        for (int k = r.begin() + 1; k < r.end(); k++) {
            String text = MentionExtractor.join(toks, r.begin(), k);
            boolean cityTags = true;
            for (int i = r.begin(); i < k; i++) {
                cityTags &= "CITY".equals(toks.get(i).ner());
            }
            if (Gazetteer.get().isCapital(text) || Gazetteer.get().country(text).isPresent() || cityTags) {
                best = k;
            }
        }
        return best;
    }

    /**
     * No name begins or ends with a function word or punctuation, and none ends in lower-case
     * words ("Washington railroad station" is a station in Washington; the place named is Washington).
     */
    static Run trimEnds(List<CoreLabel> toks, Run r) {
        int b = r.begin();
        int e = r.end();
        while (b < e && (isFunctionWord(toks.get(b)) || isPunctuation(toks.get(b)))) {
            b++;
        }
        while (e > b && !isHyphenated(toks, e - 1)
                && (isFunctionWord(toks.get(e - 1)) || isPunctuation(toks.get(e - 1)) || isLowerCaseWord(toks.get(e - 1)))) {
            e--;
        }
        return b < e ? r.with(b, e) : null;
    }

    /** "Lin Yu-ting": the tokenizer splits at the hyphen, but a word glued to one is inside the name. */
    private static boolean isHyphenated(List<CoreLabel> toks, int i) {
        return i >= 2 && toks.get(i - 1).word().matches("[-\u2010\u2011]") && toks.get(i - 1).before().isEmpty()
                && toks.get(i).before().isEmpty() && Character.isLetterOrDigit(toks.get(i).word().charAt(0));
    }

    private static boolean isFunctionWord(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return (tag.equals("DT") || tag.equals("IN") || tag.equals("CC") || tag.equals("TO") || tag.equals("POS"))
                && !isCapitalised(t) || isArticle(t);
    }

    private static boolean isPunctuation(CoreLabel t) {
        return t.word().matches("[\\p{Punct}\\p{Pd}\\p{Ps}\\p{Pe}\\p{Pi}\\p{Pf}]+") && !t.word().matches(".*[.].*[.].*");
    }

    /** A common noun in lower case ("station"); "eBay" has a capital, so it is a name. */
    private static boolean isLowerCaseWord(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0)) && t.tag() != null
                && t.tag().startsWith("NN");
    }

    static boolean isPossessive(CoreLabel t) {
        return "POS".equals(t.tag()) || "'".equals(t.word()) || "'s".equals(t.word());
    }

    static boolean isCapitalised(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static boolean isArticle(CoreLabel t) {
        return t.word().equalsIgnoreCase("the") || t.word().equalsIgnoreCase("a") || t.word().equalsIgnoreCase("an");
    }
}
