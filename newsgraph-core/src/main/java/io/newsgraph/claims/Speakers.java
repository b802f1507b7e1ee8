package io.newsgraph.claims;

import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves who a statement is attributed to ("Peskov", "The Wall Street Journal", "a Kremlin
 * spokesman", "two officials") to an entity of the graph: first a name or alias equal to the whole
 * phrase, then a run of the phrase's words that is a name or alias: a person's before any other,
 * then the longest, then the last ("Kremlin spokesperson Dmitry Peskov" is Dmitry Peskov; "a Kremlin
 * spokesman" is the Kremlin). A phrase that names no
 * entity stays an unnamed speaker under its own words. Lookups are by hash, so the cost follows the
 * phrase's length, not the number of entities.
 */
public final class Speakers {
    /** Longest name tried inside a phrase, in words. */
    private static final int MAX_NAME_WORDS = 6;
    /** A one-word name shorter than this is not looked for inside a longer phrase ("US" in "us"). */
    private static final int MIN_CONTAINED = 3;

    private final Map<String, Entity> byName = new HashMap<>();

    /** Names before aliases: an alias never hides another entity's own name. */
    public Speakers(List<Entity> entities) {
        for (Entity e : entities) {
            byName.putIfAbsent(normalise(e.name()), e);
        }
        entities.forEach(this::add);
    }

    /** An empty index, for sinks that see entities one by one ({@link #add}). */
    public Speakers() {
    }

    /** Adds an entity's name and aliases; a name or alias already known keeps its entity. */
    public void add(Entity e) {
        putName(e.name(), e);
        e.aliases().forEach(alias -> putName(alias, e));
    }

    private void putName(String name, Entity e) {
        String norm = normalise(name);
        if (!norm.isEmpty()) {
            byName.putIfAbsent(norm, e);
        }
    }

    /** The speaker for an attribution phrase, or null when there is none. */
    public Speaker resolve(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        String display = phrase.trim().replaceFirst("(?i)^the\\s+", "");
        Entity e = find(normalise(phrase));
        return e == null ? new Speaker(display, null) : new Speaker(e.name(), e.id());
    }

    private Entity find(String norm) {
        Entity whole = byName.get(norm);
        if (whole != null) {
            return whole;
        }
        String[] words = norm.split(" ");
        Entity best = null;
        int bestRank = -1;
        for (int len = Math.min(MAX_NAME_WORDS, words.length - 1); len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + len));
                Entity e = run.length() >= MIN_CONTAINED ? byName.get(run) : null;
                // A person named in the phrase is the speaker ("City Hall spokesman Tomas Reyes"); else
                // the longest name, and of equal ones the last, the head of an English noun phrase.
                int rank = e == null ? -1 : (e.label() == EntityType.PERSON ? 1_000_000 : 0) + len * 1000 + i;
                if (rank > bestRank) {
                    best = e;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** Lower case, no leading article, no possessive, words split from punctuation, single spaces. */
    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}.' -]", " ").replaceAll("\\s+", " ").trim();
        return t.replaceFirst("^(the|a|an) ", "");
    }
}
