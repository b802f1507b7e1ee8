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
    /** Computed once: ids are built for every mention and fact end. */
    private final String idPrefix;

    EntityType(String label) {
        this.label = label;
        this.idPrefix = label.toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** The id prefix of entities of this type, as in {@code person/elon-musk}. */
    public String idPrefix() {
        return idPrefix;
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
