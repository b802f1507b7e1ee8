package io.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups without a name as event participants: "Nigerian rebels", "Syria's opposition", and
 * "protesters" in a sentence that names a place. One actor per country (or place) and CAMEO sector,
 * named from events/group-sectors.tsv ("Nigerian rebels" and "Nigerian insurgents" are one actor;
 * the words as written stay its aliases), typed as an organisation with the rule
 * {@code group-actor/SECTOR}, and tied to its country or place by a LOCATED_IN fact. Members of a
 * state's government, forces and police are the state ({@link StateActors}), not a group; a singular
 * ("a Nigerian rebel") is one person and no group.
 */
final class GroupActors {
    static final String NAME = "group-actor";
    /** Where a sentence says something happened: "in Kano", "near the border" (obl on a verb, nmod on a noun). */
    private static final java.util.regex.Pattern PLACE_RELATION =
            java.util.regex.Pattern.compile("(?:obl|nmod):(?:in|at|near|outside|across|throughout|around)");
    private static final Map<String, String> NAME_BY_SECTOR = loadSectors();

    private final StateActors stateActors = StateActors.get();
    private final WordClasses words = WordClasses.get();
    private final Gazetteer gazetteer = Gazetteer.get();

    private static Map<String, String> loadSectors() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Resources.rows("/io/newsgraph/extract/events/group-sectors.tsv", 2)) {
            out.put(row[0].trim(), row[1].trim());
        }
        return Map.copyOf(out);
    }

    /** The group a plural agent noun stands for, with its LOCATED_IN fact added to the article, if it is one. */
    Optional<Mention> group(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        String lemma = Graphs.lemma(w);
        if (!tag.startsWith("NNS") && !tag.equals("NNPS") || words.is("group-actor-excluded", lemma)
                || words.is("group-actor-excluded", w.word().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<String> named = stateActors.sector(lemma).filter(NAME_BY_SECTOR::containsKey);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String sector = named.get();
        String label = NAME_BY_SECTOR.get(sector);
        Optional<Mention> where = countryOf(ctx, s, g, w).or(() -> placeOf(ctx, s, g));
        if (where.isEmpty()) {
            return Optional.empty();
        }
        boolean country = isCountry(ctx, where.get());
        String name = country
                ? gazetteer.demonymOf(where.get().name()).map(d -> d + " " + label).orElse(label + " of " + where.get().name())
                : label + " in " + where.get().name();
        String text = country ? surface(ctx, s, g, w).orElse(name) : w.word().toLowerCase(java.util.Locale.ROOT) + " in " + where.get().text();
        Mention group = ctx.addMention(new Mention(s, w.index() - 1, w.index(), text, name, EntityType.ORGANIZATION, false));
        if (!group.name().equals(name)) {
            return Optional.of(group); // the word already belonged to another mention
        }
        ctx.recordTypeRule(name, NAME + "/" + sector);
        ctx.addFrame(Frame.of(NAME + "/" + (country ? "country" : "place"), Predicate.LOCATED_IN, s, -1, group,
                List.of(where.get()), List.of(), 0.7));
        return Optional.of(group);
    }

    /** True for a mention this class made: a group of people, which KILLED can take as its target. */
    static boolean isGroup(Mention m) {
        if (m.type() != EntityType.ORGANIZATION || m.synthetic()) {
            return false;
        }
        for (String label : NAME_BY_SECTOR.values()) {
            if (m.name().endsWith(" " + label) || m.name().startsWith(label + " in ") || m.name().startsWith(label + " of ")) {
                return true;
            }
        }
        return false;
    }

    /** "Nigerian rebels", "Nigeria's rebels", "the rebels of Nigeria": the country named beside the noun. */
    private Optional<Mention> countryOf(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        return CountryModifiers.first(ctx, s, g, w, List.of("amod", "compound", "nmod:poss", "nmod:of", "nmod:from"),
                m -> isCountry(ctx, m), CountryModifiers.Demonyms.UNNAMED_WORDS);
    }

    private boolean isCountry(ArticleContext ctx, Mention m) {
        return ctx.isCountry(m) || stateActors.isCountry(m.name());
    }

    /** The one place the sentence names after "in", "at", "near" ...; a country makes the group that country's. */
    private static Optional<Mention> placeOf(ArticleContext ctx, int s, SemanticGraph g) {
        Set<Mention> places = new LinkedHashSet<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (PLACE_RELATION.matcher(Graphs.rel(e)).matches()) {
                IndexedWord d = e.getDependent();
                List<IndexedWord> words = new java.util.ArrayList<>(List.of(d));
                words.addAll(Graphs.children(g, d, "compound")); // "in Zamfara state"
                for (IndexedWord x : words) {
                    Mention m = ctx.mentionAt(s, x.index() - 1);
                    if (m != null && m.type() == EntityType.LOCATION) {
                        places.add(m);
                        break;
                    }
                }
            }
        }
        return places.stream().map(Mention::name).distinct().count() == 1 ? places.stream().findFirst() : Optional.empty();
    }

    /** The words of the group as written when a word before the noun names its country ("Nigerian insurgents"). */
    private static Optional<String> surface(ArticleContext ctx, int s, SemanticGraph g, IndexedWord w) {
        var toks = ctx.tokens(s);
        int begin = w.index() - 1;
        for (String rel : List.of("amod", "compound")) {
            for (IndexedWord c : Graphs.children(g, w, rel)) {
                if (c.index() < w.index()) {
                    begin = Math.min(begin, c.index() - 1);
                }
            }
        }
        if (begin == w.index() - 1) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (int i = begin; i < w.index(); i++) {
            b.append(i > begin ? " " : "").append(toks.get(i).word());
        }
        return Optional.of(b.toString());
    }
}
