package io.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH2 dictionary of militant non-state actors (Phoenix.MilNonState.actors.txt,
 * from the START TOPS database; MIT, format in dictionaries.rst) into
 * io/newsgraph/extract/events/armed-groups.tsv: one row per group with the names it goes by and its
 * CAMEO code (country or region, then sector: "NGAREB" is a Nigerian rebel group).
 * <p>The dictionary lists the group's leaders among its synonyms, unmarked, and some headings are
 * dates ("17 NOVEMBER") or people. Kept, so that a name is never typed a group wrongly: a heading
 * without digits whose code has no date range (dated codes belong to people, for their years in
 * office); and among the synonyms, one-word names ("HEZBOLLAH", "FARC") and names with a word that
 * says what kind of body it is ("ISLAMIC RESISTANCE MOVEMENT"), one-word acronyms ("FARC") and one-word
 * spellings of the group's own name ("HIZBULLAH"). A synonym of several words without such a word
 * ("AHMED ABDI GODANE") or one word that is no spelling of the name ("AWLAKI") is a member: dropped.
 * <p>Run: {@code java -cp target/classes io.newsgraph.eval.ArmedGroupConverter ../shared/data/petrarch2
 * src/main/resources/io/newsgraph/extract/events/armed-groups.tsv}
 */
public final class ArmedGroupConverter {
    private static final Pattern HEADING = Pattern.compile("^([A-Z0-9][^\\s\\[]*)\\s*(\\[[^\\]]*\\])?\\s*$");
    private static final Pattern CODE = Pattern.compile("^\\[([A-Z]{3,})\\s*([0-9-]*)\\]$");
    /** Words that name a kind of body: a synonym with one of them is the group, not a person. */
    private static final Set<String> BODY_WORDS = Set.of("ARMY", "FRONT", "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS",
            "MOVEMENT", "ORGANIZATION", "ORGANISATION", "PARTY", "GROUP", "FORCE", "FORCES", "COMMITTEE", "COUNCIL",
            "LEAGUE", "UNION", "CELLS", "NUCLEI", "FACTION", "JIHAD", "MILITIA", "COMMANDOS", "LIBERATION", "RESISTANCE",
            "FOUNDATION", "ALLIANCE", "SOCIETY", "NETWORK", "COMMAND", "GUARD", "GUARDS", "FIGHTERS", "MUJAHIDEEN",
            "JAISH", "JAYSH", "LASHKAR", "HARAKAT", "TEHRIK", "JAMAAT", "ANSAR", "HIZB");

    /** First words of a person's name in the dictionary's headings (a father's or a religious title). */
    private static final Set<String> PERSON_MARKS = Set.of("ABU", "SHEIKH", "SHAYKH", "MULLAH", "IMAM", "IBN", "BIN", "MAULANA");

    private ArmedGroupConverter() {
    }

    public static void main(String[] args) throws IOException {
        PetrarchDictionaries.run(args, "ArmedGroupConverter", ArmedGroupConverter::convert);
    }

    public static String convert(Path petrarchDir) throws IOException {
        return convert(PetrarchDictionaries.lines(petrarchDir, "Phoenix.MilNonState.actors.txt"),
                PetrarchDictionaries.licence(petrarchDir));
    }

    /** One group as the dictionary gives it: heading, synonyms and code (inline or on a line of its own). */
    private static final class Block {
        final String heading;
        final List<String> synonyms = new ArrayList<>();
        String code;
        boolean dated;

        Block(String heading) {
            this.heading = heading;
        }
    }

    public static String convert(List<String> dictionary, List<String> licence) {
        StringBuilder out = new StringBuilder(header(licence));
        Set<String> written = new LinkedHashSet<>();
        for (Block b : blocks(dictionary)) {
            if (b.code == null || b.dated || hasDigit(b.heading) || isPersonHeading(b.heading)) {
                continue;
            }
            String name = display(b.heading);
            Set<String> names = new LinkedHashSet<>();
            for (String s : b.synonyms) {
                if (!hasDigit(s) && (hasBodyWord(s) || !s.contains("_") && (isAcronym(s) || isSpellingOf(s, b.heading)))) {
                    names.add(display(s));
                }
            }
            names.remove(name);
            if (written.add(name.toLowerCase(Locale.ROOT))) {
                out.append(name).append('\t').append(String.join(",", names)).append('\t').append(b.code).append('\n');
            }
        }
        return out.toString();
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Block cur = null;
        for (String raw : lines) {
            String line = PetrarchDictionaries.stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher code = CODE.matcher(line);
            if (code.matches() && cur != null) {
                setCode(cur, code);
            } else if (line.startsWith("+") && cur != null) {
                for (String synonym : line.substring(1).split("\\+")) { // a few lines run two synonyms together
                    cur.synonyms.add(clean(synonym));
                }
            } else {
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    cur = new Block(clean(h.group(1)));
                    blocks.add(cur);
                    if (h.group(2) != null) {
                        Matcher inline = CODE.matcher(h.group(2));
                        if (inline.matches()) {
                            setCode(cur, inline);
                        }
                    }
                }
            }
        }
        return blocks;
    }

    private static void setCode(Block b, Matcher code) {
        b.code = code.group(1);
        b.dated = !code.group(2).isEmpty();
    }

    /** "HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN_" -> "HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN"; bracketed acronyms go. */
    private static String clean(String name) {
        return name.replaceAll("_?\\([^)]*\\)?", "").replaceAll("_+$", "").strip();
    }

    /** "ABU_NAYAF_AL-AFGHANI", "SHEIKH_..." without a body word: a person heading a block of his own. */
    private static boolean isPersonHeading(String heading) {
        return PERSON_MARKS.contains(heading.split("_")[0]) && !hasBodyWord(heading);
    }

    private static boolean isAcronym(String word) {
        return word.matches("[A-Z]{2,5}");
    }

    /**
     * A one-word synonym is kept as another spelling of the group's name ("HIZBULLAH" for HEZBOLLAH,
     * "TALEBAN", "SHABAAB" for AL-SHABAAB), not a member's name ("AWLAKI" under al-Qaeda in the
     * Arabian Peninsula): it is at most three edits from the heading or shares its first four letters
     * with one of the heading's words, an Arabic article "AL-" aside.
     */
    static boolean isSpellingOf(String word, String heading) {
        String w = word.replaceFirst("^A[LN]-", "").replaceAll("[^A-Z]", "");
        if (PetrarchDictionaries.editDistance(w, heading.replaceFirst("^A[LN]-", "").replaceAll("[^A-Z]", "")) <= 3) {
            return true;
        }
        for (String h : heading.split("[_\\-]")) {
            if (h.length() >= 4 && w.length() >= 4 && !h.equals("AL") && h.substring(0, 4).equals(w.substring(0, 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasBodyWord(String s) {
        for (String w : s.split("[_\\-]")) {
            if (BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "BOKO_HARAM" -> "Boko Haram", "AL-SHABAAB" -> "Al-Shabaab", "FARC" stays: a readable form; matching ignores case. */
    static String display(String name) {
        if (name.matches("[A-Z]{2,4}")) {
            return name; // an acronym
        }
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("_")) {
            if (w.isEmpty()) {
                continue;
            }
            boolean small = !words.isEmpty() && Set.of("of", "and", "the", "for", "in").contains(w);
            words.add(small ? w : capitalise(w));
        }
        return String.join(" ", words);
    }

    private static String capitalise(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean start = true;
        for (char c : w.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' && b.length() == 2;
        }
        return b.toString();
    }

    private static String header(List<String> licence) {
        return PetrarchDictionaries.header("""
                # Armed non-state groups, converted from the PETRARCH2 dictionary Phoenix.MilNonState.actors.txt
                # (Open Event Data Alliance, github.com/openeventdata/petrarch2 at
                # 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/, after the START TOPS
                # database; MIT licence below) by io.newsgraph.eval.ArmedGroupConverter. Do not edit by hand:
                # regenerate (docs/events.md).
                # Columns (tab separated): name, other names (comma list, may be empty), CAMEO code (country or
                # region, then sector: NGAREB a Nigerian rebel group, IMGMUS an international militant group).
                #
                """, licence);
    }
}
