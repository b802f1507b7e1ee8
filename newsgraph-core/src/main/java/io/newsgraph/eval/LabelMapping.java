package io.newsgraph.eval;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.newsgraph.model.Predicate.CITIZEN_OF;
import static io.newsgraph.model.Predicate.FOUNDED;
import static io.newsgraph.model.Predicate.KILLED;
import static io.newsgraph.model.Predicate.LEADS;
import static io.newsgraph.model.Predicate.LIVES_IN;
import static io.newsgraph.model.Predicate.LOCATED_IN;
import static io.newsgraph.model.Predicate.MEMBER_OF;
import static io.newsgraph.model.Predicate.OPERATES;
import static io.newsgraph.model.Predicate.OWNS;
import static io.newsgraph.model.Predicate.PART_OF;
import static io.newsgraph.model.Predicate.WORKS_FOR;

/**
 * How other data sets' relation labels map onto this project's predicates, both ways: a gold label
 * becomes a predicate (with head and tail swapped where the label points the other way, "owned
 * by" against OWNS), and a predicate this project extracts is scored as the predicate the data
 * set's guidelines would file it under (a CoNLL04 Work_For includes heads of organisations, so
 * LEADS counts as WORKS_FOR there). docs/evaluate.md has the table in words.
 */
public final class LabelMapping {
    /** A predicate and whether the label's head is the predicate's object. */
    public record Target(Predicate predicate, boolean reversed) {
    }

    private static final Map<String, Target> CONLL04 = new LinkedHashMap<>();
    private static final Map<String, Target> DOCRED = new LinkedHashMap<>();
    private static final Map<Predicate, Predicate> CONLL04_SCORED_AS = new LinkedHashMap<>();

    static {
        CONLL04.put("Work_For", new Target(WORKS_FOR, false));
        CONLL04.put("Kill", new Target(KILLED, false));
        CONLL04.put("Live_In", new Target(LIVES_IN, false));
        CONLL04.put("OrgBased_In", new Target(LOCATED_IN, false));
        CONLL04.put("Located_In", new Target(LOCATED_IN, false));

        CONLL04_SCORED_AS.put(WORKS_FOR, WORKS_FOR);
        CONLL04_SCORED_AS.put(LEADS, WORKS_FOR);
        CONLL04_SCORED_AS.put(MEMBER_OF, WORKS_FOR);
        CONLL04_SCORED_AS.put(KILLED, KILLED);
        CONLL04_SCORED_AS.put(LIVES_IN, LIVES_IN);
        CONLL04_SCORED_AS.put(CITIZEN_OF, LIVES_IN);
        CONLL04_SCORED_AS.put(LOCATED_IN, LOCATED_IN);

        docred(LOCATED_IN, false, "P17", "P131", "P276", "P159", "P706", "P30", "P1376");
        docred(LOCATED_IN, true, "P150", "P36");
        docred(CITIZEN_OF, false, "P27");
        docred(LIVES_IN, false, "P551");
        docred(WORKS_FOR, false, "P108");
        docred(LEADS, true, "P488", "P6", "P35");
        docred(FOUNDED, true, "P112");
        docred(OWNS, true, "P127");
        docred(MEMBER_OF, false, "P463", "P102", "P54");
        docred(PART_OF, false, "P361", "P749");
        docred(PART_OF, true, "P527", "P355");
        docred(OPERATES, true, "P137");
    }

    /** Entity labels of both data sets that name one of our types; CoNLL04's Other and DocRED's MISC, TIME, NUM are none. */
    private static final Map<String, EntityType> ENTITY_TYPES = Map.of("Peop", EntityType.PERSON, "Org", EntityType.ORGANIZATION,
            "Loc", EntityType.LOCATION, "PER", EntityType.PERSON, "ORG", EntityType.ORGANIZATION, "LOC", EntityType.LOCATION);

    private LabelMapping() {
    }

    /** Our type for a data set's entity label ("Peop", "ORG"), if the label is one the entity score counts. */
    public static Optional<EntityType> entityType(String label) {
        return Optional.ofNullable(ENTITY_TYPES.get(label));
    }

    private static void docred(Predicate p, boolean reversed, String... properties) {
        for (String prop : properties) {
            DOCRED.put(prop, new Target(p, reversed));
        }
    }

    public static Optional<Target> conll04(String label) {
        return Optional.ofNullable(CONLL04.get(label));
    }

    public static Optional<Target> docred(String property) {
        return Optional.ofNullable(DOCRED.get(property));
    }

    /**
     * The CoNLL04 class a predicate of ours is scored as, if any. CoNLL04's Work_For always points
     * at an organisation: a person who leads or serves a place ("the president of the United
     * States", "U.S. Ambassador X") is annotated Live_In there.
     */
    public static Optional<Predicate> conll04ScoredAs(Predicate p, EntityType object) {
        Predicate as = CONLL04_SCORED_AS.get(p);
        if (as == WORKS_FOR && object == EntityType.LOCATION) {
            return Optional.of(LIVES_IN);
        }
        return Optional.ofNullable(as);
    }

    /** Predicates that some DocRED property maps onto; our other predicates are not scored on DocRED. */
    public static Set<Predicate> docredPredicates() {
        Set<Predicate> s = EnumSet.noneOf(Predicate.class);
        DOCRED.values().forEach(t -> s.add(t.predicate()));
        return s;
    }

    /** Every mapped label with its target, in a stable order, for documentation and tests. */
    public static Map<String, Target> conll04Labels() {
        return Map.copyOf(CONLL04);
    }

    public static Map<String, Target> docredProperties() {
        return Map.copyOf(DOCRED);
    }
}
