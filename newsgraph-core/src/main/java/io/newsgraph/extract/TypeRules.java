package io.newsgraph.extract;

import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;

/** Which kinds of entity a predicate can relate: people live in places, places lie in places. */
final class TypeRules {
    private TypeRules() {
    }

    static boolean agentFits(Predicate p, Mention m) {
        return switch (p) {
            case LIVES_IN, CITIZEN_OF -> m.type() == EntityType.PERSON;
            case WORKS_FOR -> m.type() == EntityType.PERSON;
            case KILLED, ATTACKED, SANCTIONED -> m.type() != EntityType.PRODUCT;
            default -> true;
        };
    }

    static boolean objectFits(Predicate p, Mention m) {
        return switch (p) {
            case LIVES_IN, LOCATED_IN, CITIZEN_OF -> m.type() == EntityType.LOCATION;
            // a synthetic place is a state's people or forces: "killed a million Cambodians", "killed Russian soldiers"
            // and a group of people without a name: "killed three farmers in Kano"
            case KILLED -> m.type() == EntityType.PERSON || m.synthetic() && m.type() == EntityType.LOCATION
                    || GroupActors.isGroup(m);
            case WORKS_FOR, MEMBER_OF -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION;
            default -> true;
        };
    }
}
