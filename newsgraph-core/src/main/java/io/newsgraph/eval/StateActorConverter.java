package io.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH2 country actor and agent dictionaries (Phoenix.Countries.actors.txt and
 * Phoenix.agents.txt, MIT, format in dictionaries.rst) into io/newsgraph/extract/events/state-actors.tsv.
 * The output is a function of the input alone, so a test can regenerate it from ../shared and compare.
 * <p>Kept: each country's name and the nationality words among its synonyms ("NIGERIAN",
 * "CAMBODIANS"), and the one-word agent nouns with their sector code ("POLICE" COP). The country
 * lists mix nationality words with cities, provinces, misspellings and leaders, unmarked; a
 * nationality word is recognised as one word that extends the country's name or shares its first
 * four letters and ends like a nationality, and is no misspelling of the name (two edits or fewer
 * away without extending it). Dropped: cities and people (not marked as such), date-restricted codes.
 * <p>Run: {@code java -cp target/classes io.newsgraph.eval.StateActorConverter ../shared/data/petrarch2
 * src/main/resources/io/newsgraph/extract/events/state-actors.tsv}
 */
public final class StateActorConverter {
    private static final Pattern COUNTRY = Pattern.compile("^([A-Z][A-Z_'.\\-]*?)_?\\s+\\[([A-Z]{3})\\]\\s*$");
    private static final Pattern AGENT = Pattern.compile("^([A-Z][A-Z'\\-]*)_?\\s*(\\{[^}]*\\})?\\s*\\[~([A-Z]{3})[A-Z]*\\]");
    private static final Pattern NATIONALITY_ENDING = Pattern.compile("(AN|ANS|ESE|ISH|I|IS|CH|ER|ERS|OT|OTS|ITE|ITES|IEN)$");
    /** What English adds to a country's name to make its nationality word ("Kenya-n", "Israel-i", "Sudan-ese"). */
    private static final Set<String> NAME_EXTENSIONS = Set.of("N", "NS", "AN", "ANS", "IAN", "IANS", "I", "IS", "ESE", "ER", "ERS", "ITE", "ITES", "IEN");
    private static final Pattern STATE_PREFIX = Pattern.compile("^(UNITED_)?(REPUBLIC|FEDERATION)_OF_");

    private StateActorConverter() {
    }

    public static void main(String[] args) throws IOException {
        PetrarchDictionaries.run(args, "StateActorConverter", StateActorConverter::convert);
    }

    /** The resource text for the country and agent dictionaries and licence in a PETRARCH2 dictionaries folder. */
    public static String convert(Path petrarchDir) throws IOException {
        return convert(PetrarchDictionaries.lines(petrarchDir, "Phoenix.Countries.actors.txt"),
                PetrarchDictionaries.lines(petrarchDir, "Phoenix.agents.txt"),
                PetrarchDictionaries.licence(petrarchDir));
    }

    public static String convert(List<String> countries, List<String> agents, List<String> licence) {
        StringBuilder out = new StringBuilder(header(licence));
        for (Map.Entry<String, Set<String>> c : nationalities(countries).entrySet()) {
            out.append("C\t").append(c.getKey()).append('\t').append(String.join(",", c.getValue())).append('\n');
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String line : agents) {
            Matcher m = AGENT.matcher(PetrarchDictionaries.stripComment(line));
            if (m.find() && seen.add(m.group(1))) {
                out.append("A\t").append(m.group(1).toLowerCase(Locale.ROOT)).append('\t').append(m.group(3)).append('\n');
            }
        }
        return out.toString();
    }

    /** Country name (title case, "Republic of" dropped) to its nationality words, in dictionary order. */
    static Map<String, Set<String>> nationalities(List<String> countries) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        String heading = null;
        for (String raw : countries) {
            String line = PetrarchDictionaries.stripComment(raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = COUNTRY.matcher(line);
            if (m.matches()) {
                heading = STATE_PREFIX.matcher(m.group(1)).replaceFirst("");
                out.putIfAbsent(titleCase(heading), new LinkedHashSet<>());
            } else if (line.startsWith("+") && heading != null) {
                String synonym = line.substring(1).trim().replaceAll("_$", "");
                if (isNationality(synonym, heading)) {
                    out.get(titleCase(heading)).add(synonym.toLowerCase(Locale.ROOT));
                }
            } else {
                heading = null; // a leader or other actor block: its synonyms are no nationality words
            }
        }
        return out;
    }

    static boolean isNationality(String word, String countryHeading) {
        String name = countryHeading.replace('_', ' ');
        if (!word.matches("[A-Z]+") || word.equals(name) || word.length() < 4) {
            return false;
        }
        if (word.startsWith(name)) {
            return NAME_EXTENSIONS.contains(word.substring(name.length())); // "CAMBODIAN", "ISRAELIS", not "KENYALAND"
        }
        return name.length() >= 4 && word.startsWith(name.substring(0, 4)) && NATIONALITY_ENDING.matcher(word).find()
                && word.length() <= name.length() + 3 && PetrarchDictionaries.editDistance(word, name) > 2;
    }

    private static String titleCase(String heading) {
        List<String> words = new ArrayList<>();
        for (String w : heading.toLowerCase(Locale.ROOT).split("_")) {
            boolean small = !words.isEmpty() && Set.of("of", "and", "the").contains(w);
            words.add(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return String.join(" ", words);
    }

    private static String header(List<String> licence) {
        return PetrarchDictionaries.header("""
                # State actors, converted from the PETRARCH2 actor dictionaries Phoenix.Countries.actors.txt and
                # Phoenix.agents.txt (Open Event Data Alliance, github.com/openeventdata/petrarch2 at
                # 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/; MIT licence below) by
                # io.newsgraph.eval.StateActorConverter. Do not edit by hand: regenerate (docs/events.md).
                # Rows (tab separated):
                #   C  country  name as PETRARCH2 heads it (title case), its nationality words (comma list, may be empty)
                #   A  agent    one-word agent noun (singular, lower case), its CAMEO sector (GOV, MIL, COP, REB ...)
                #
                """, licence);
    }
}
