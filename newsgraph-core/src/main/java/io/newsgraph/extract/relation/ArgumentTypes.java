package io.newsgraph.extract.relation;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which argument types each predicate the classifier can give accepts: a person works for an
 * organisation, lives in a place and kills a person; an organisation or a place is located in a
 * place. The classifier never gives a predicate to arguments of other types, however strong its
 * cues: on news text the usual cause is NER typing a city as a person ("Heuchelheim said").
 */
public final class ArgumentTypes {
    private ArgumentTypes() {
    }

    public static boolean allows(Predicate p, EntityType head, EntityType tail) {
        return switch (p) {
            case WORKS_FOR, LEADS, MEMBER_OF -> head == EntityType.PERSON && tail == EntityType.ORGANIZATION;
            case KILLED -> head == EntityType.PERSON && tail == EntityType.PERSON;
            case LIVES_IN, CITIZEN_OF -> head == EntityType.PERSON && tail == EntityType.LOCATION;
            case LOCATED_IN -> (head == EntityType.ORGANIZATION || head == EntityType.LOCATION) && tail == EntityType.LOCATION;
            default -> false;
        };
    }

    /**
     * Whether the classifier gives this predicate at all. A rule's fact of such a predicate leaves
     * its pair to the rules; a rule's fact of another kind (ATTACKED, OWNS, MET_WITH ...) does
     * not, since "X shot Y" may also say that X killed Y, and "Y's party" that Y belongs to it.
     */
    public static boolean classified(Predicate p) {
        for (EntityType h : EntityType.values()) {
            for (EntityType t : EntityType.values()) {
                if (allows(p, h, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The predicates some pair of these types allows. */
    public static Set<Predicate> allowed(EntityType head, EntityType tail) {
        Set<Predicate> out = EnumSet.noneOf(Predicate.class);
        for (Predicate p : Predicate.values()) {
            if (allows(p, head, tail)) {
                out.add(p);
            }
        }
        return out;
    }
}
