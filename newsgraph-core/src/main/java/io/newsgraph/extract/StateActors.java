package io.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PETRARCH2 country and agent dictionaries as converted into events/state-actors.tsv
 * ({@code io.newsgraph.eval.StateActorConverter}): 187 countries, the nationality words of 120, and
 * agent nouns with their CAMEO sector. Loaded once per process.
 * <p>Agents of the government, military, police and intelligence sectors act for their state:
 * "Nigeria's army", "the Nigerian police" and "the government of Nigeria" are coded as Nigeria, the
 * way CAMEO codes them NGAMIL, NGACOP, NGAGOV and counts them as the state's events. Other sectors
 * (rebels, opposition, business, media) are not the state and are not coded as it.
 */
public final class StateActors {
    /** CAMEO sectors whose members act for their state. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY");
    private static final StateActors DEFAULT = new StateActors();

    private final Map<String, String> countryByNationality = new HashMap<>();
    private final Map<String, String> sectorByAgent = new HashMap<>();
    private final Set<String> countries = new java.util.HashSet<>();
    private final Map<String, String> nationalityByCountry = new HashMap<>();

    private StateActors() {
        for (String[] row : Resources.rows("/io/newsgraph/extract/events/state-actors.tsv", 3)) {
            switch (row[0]) {
                case "C" -> {
                    countries.add(row[1]);
                    for (String word : row[2].split(",")) {
                        if (!word.isEmpty()) {
                            countryByNationality.putIfAbsent(word, row[1]);
                            nationalityByCountry.putIfAbsent(row[1], word);
                        }
                    }
                }
                case "A" -> sectorByAgent.putIfAbsent(row[1], row[2]);
                default -> throw new IllegalStateException("state-actors.tsv: unknown row kind '" + row[0] + "'");
            }
        }
    }

    public static StateActors get() {
        return DEFAULT;
    }

    /** The country as PETRARCH2 names it for a nationality word ("Nigerian" -> "Nigeria"). */
    public Optional<String> countryOfNationality(String word) {
        return Optional.ofNullable(word == null ? null : countryByNationality.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The first nationality word PETRARCH2 gives a country, capitalised ("Mali" -> "Malian"). */
    public Optional<String> nationalityOf(String country) {
        String word = nationalityByCountry.get(country);
        return word == null || word.isEmpty() ? Optional.empty()
                : Optional.of(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /** True for a country's name as PETRARCH2 heads it ("Myanmar"). */
    public boolean isCountry(String name) {
        return countries.contains(name);
    }

    /** The CAMEO sector of an agent noun given as its lemma ("troop" -> MIL). */
    public Optional<String> sector(String lemma) {
        return Optional.ofNullable(lemma == null ? null : sectorByAgent.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** True for an agent noun that acts for its state ("army", "police", "government"). */
    public boolean actsForState(String lemma) {
        return sector(lemma).map(STATE_SECTORS::contains).orElse(false);
    }

    public int countryCount() {
        return countries.size();
    }

    public int agentCount() {
        return sectorByAgent.size();
    }
}
