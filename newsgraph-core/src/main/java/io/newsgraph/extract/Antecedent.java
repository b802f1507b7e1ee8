package io.newsgraph.extract;

import java.util.Objects;

/**
 * What a pronoun or description refers to and the rule that said so ("clause-subject",
 * "coref-chain", ...), so {@code explain} can show why each link was made.
 */
public record Antecedent(Mention target, String rule) {
    public Antecedent {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rule, "rule");
    }
}
