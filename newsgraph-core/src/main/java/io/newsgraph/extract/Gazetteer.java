package io.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries with their other names and demonyms, and institutions known by a one-word name
 * ("the Kremlin"). Looked up case-sensitively for names, case-insensitively for demonyms.
 */
public final class Gazetteer {
    private static final Gazetteer DEFAULT = new Gazetteer();

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> demonymByCountry = new HashMap<>();

    private Gazetteer() {
        for (String[] row : Resources.rows("/io/newsgraph/extract/countries.tsv", 3)) {
            String country = row[0].trim();
            countryByName.put(country, country);
            for (String alias : row[1].split(",")) {
                if (!alias.isBlank()) {
                    countryByName.put(alias.trim(), country);
                }
            }
            for (String d : row[2].split(",")) {
                if (!d.isBlank()) {
                    countryByDemonym.put(d.trim().toLowerCase(Locale.ROOT), country);
                    demonymByCountry.putIfAbsent(country, d.trim());
                }
            }
        }
        for (String[] row : Resources.rows("/io/newsgraph/extract/countries.tsv", 3)) {
            if (row.length > 3) {
                for (String c : row[3].split(",")) {
                    if (!c.isBlank()) {
                        capitals.put(c.trim(), row[0].trim());
                    }
                }
            }
        }
        for (String[] row : Resources.rows("/io/newsgraph/extract/organisations.tsv", 2)) {
            organisations.put(row[0].trim(), row[1].trim());
        }
    }

    public static Gazetteer get() {
        return DEFAULT;
    }

    /** The canonical country for a name ("U.S." -> "United States"), if it is one. */
    public Optional<String> country(String name) {
        return Optional.ofNullable(countryByName.get(strip(name)));
    }

    /**
     * The country a demonym refers to ("Russian" -> "Russia"): from countries.tsv, else from the
     * PETRARCH2 nationality words ({@link StateActors}), named as countries.tsv names the country.
     */
    public Optional<String> countryOfDemonym(String word) {
        String known = word == null ? null : countryByDemonym.get(word.toLowerCase(Locale.ROOT));
        if (known != null) {
            return Optional.of(known);
        }
        return StateActors.get().countryOfNationality(word).map(c -> country(c).orElse(c));
    }

    /** The adjective of a country as countries.tsv lists it first ("Nigeria" -> "Nigerian"), else as PETRARCH2 does. */
    public Optional<String> demonymOf(String country) {
        String known = demonymByCountry.get(country);
        return known != null ? Optional.of(known) : StateActors.get().nationalityOf(country);
    }

    /** The country whose capital this is ("Moscow" -> "Russia"), as written. */
    public Optional<String> countryOfCapital(String name) {
        return Optional.ofNullable(capitals.get(name));
    }

    /** The canonical institution for a well-known one-word name ("Kremlin"), if it is one. */
    public Optional<String> organisation(String name) {
        return Optional.ofNullable(organisations.get(strip(name)));
    }

    /** True for a capital city as written ("Kyiv"); NER misses some of them. */
    public boolean isCapital(String name) {
        return capitals.containsKey(name);
    }

    private static String strip(String name) {
        return name == null ? "" : name.replaceFirst("^(?i:the)\\s+", "").trim();
    }
}
