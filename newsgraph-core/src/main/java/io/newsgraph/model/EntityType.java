package io.newsgraph.model;

import java.util.Locale;

/** The entity labels of the JSON Lines contract; {@link #label()} is the exact string written out. */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    LOCATION("Location"),
    PRODUCT("Product"),
    EVENT("Event"),
    OTHER("Other");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id prefix of entities of this type, as in {@code person/elon-musk}. */
    public String idPrefix() {
        return label.toLowerCase(Locale.ROOT);
    }

    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity label '" + label + "' (expected one of Person, Organization, Location, Product, Event, Other)");
    }
}
