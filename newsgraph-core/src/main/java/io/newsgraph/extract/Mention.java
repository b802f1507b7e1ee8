package io.newsgraph.extract;

import io.newsgraph.model.EntityType;

/**
 * A named thing in one sentence: tokens [begin, end) of that sentence (0-based), the surface text
 * as written and the cleaned name (titles, "the" and possessive "'s" removed, gazetteer names
 * canonical). Synthetic mentions stand for a thing the text names indirectly ("Russian forces"
 * for Russia); they are not aliases.
 */
public record Mention(int sentence, int begin, int end, String text, String name, EntityType type, boolean synthetic) implements java.io.Serializable {
    public boolean covers(int token) {
        return token >= begin && token < end;
    }

    public String key() {
        return sentence + ":" + begin + ":" + end + ":" + name;
    }
}
