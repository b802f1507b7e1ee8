package io.newsgraph.model;

import java.util.Objects;

/**
 * Why one alias of an entity belongs to it: {@code alias} as written in the text, the
 * {@code reason} resolution joined it for ("short name", "nickname", "acronym in brackets",
 * "title", ...; README's JSON Lines section lists them) and the name it was joined to
 * ({@code to}, as written in the text).
 */
public record AliasMerge(String alias, String reason, String to) implements java.io.Serializable {
    public AliasMerge {
        Objects.requireNonNull(alias, "alias merge without an alias");
        Objects.requireNonNull(reason, "alias merge of '" + alias + "' without a reason");
        Objects.requireNonNull(to, "alias merge of '" + alias + "' without the name it joined");
    }
}
