package io.newsgraph.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A subject-predicate-object statement with every piece of evidence for it. The same statement
 * read in several sentences or articles is one fact with several evidences. {@code role} is set
 * on the agent-to-topic facts of an event ("topic"); {@code event} names the event it belongs to.
 */
public record Fact(String id, String subject, Predicate predicate, String object, String subjectId,
                   String objectId, Polarity polarity, Modality modality, String attributedTo,
                   String event, String date, String role, List<Evidence> evidence) implements java.io.Serializable {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        polarity = polarity == null ? Polarity.POSITIVE : polarity;
        modality = modality == null ? Modality.ASSERTED : modality;
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("fact " + id + " has no evidence");
        }
    }

    /** The first evidence, the one written flat in the JSON Lines record. */
    public Evidence primary() {
        return evidence.get(0);
    }

    /** The best confidence over all evidence. */
    public double confidence() {
        return evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }

    /** A claim the article makes or reports: not negated and not hypothetical. */
    public boolean isClaim() {
        return polarity == Polarity.POSITIVE && modality != Modality.HYPOTHETICAL;
    }

    public List<String> articles() {
        return evidence.stream().map(Evidence::article).distinct().sorted(Comparator.naturalOrder()).toList();
    }
}
