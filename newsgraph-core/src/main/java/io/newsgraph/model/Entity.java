package io.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing, merged across mentions and articles. {@code id} is stable across runs
 * ({@code person/elon-musk}); {@code aliases} are the surface forms seen in the text. Resolution
 * also says why: {@code merges} gives, for each alias other than the name, the reason it was
 * joined, and {@code typeRule} the rule that decided the label ("legal-form", "apposition", ...,
 * "ner-majority" when no rule of the text did). Both are empty or null in graphs read from older
 * files.
 */
public record Entity(String id, String name, EntityType label, List<String> aliases, int mentions,
                     List<String> articles, List<AliasMerge> merges, String typeRule) implements java.io.Serializable {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        articles = articles == null ? List.of() : List.copyOf(articles);
        merges = merges == null ? List.of() : List.copyOf(merges);
    }

    /** An entity without the resolution's reasons (tests, synthetic graphs, sources that do not keep them). */
    public Entity(String id, String name, EntityType label, List<String> aliases, int mentions, List<String> articles) {
        this(id, name, label, aliases, mentions, articles, List.of(), null);
    }

    /** This entity with the resolution's reasons. */
    public Entity withReasons(List<AliasMerge> merges, String typeRule) {
        return new Entity(id, name, label, aliases, mentions, articles, merges, typeRule);
    }
}
