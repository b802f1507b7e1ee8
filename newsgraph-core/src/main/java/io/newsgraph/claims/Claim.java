package io.newsgraph.claims;

import io.newsgraph.model.Predicate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One (subject, predicate, object) whatever the polarity and modality of its statements ("A and B
 * met", "A did not meet B", "A might meet B" are one claim). For the symmetric predicates
 * (COMMUNICATED_WITH, MET_WITH) the subject is the first of the two ids in sort order.
 * {@code outlets} and {@code denyingOutlets} count independent outlets on each side (see
 * {@link Outlets}); {@code firstReported} and {@code lastReported} are the earliest and latest
 * published dates of the articles that support or deny it (null when none has a date).
 */
public record Claim(String subjectId, String subject, Predicate predicate, String objectId, String object,
                    ClaimStatus status, int outlets, int denyingOutlets, String firstReported, String lastReported,
                    List<String> factIds, List<Statement> statements) {
    public Claim {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(status, "status");
        factIds = List.copyOf(factIds);
        statements = List.copyOf(statements);
    }

    /**
     * The claim's stable id, "claim/" and 16 hex digits of a hash of its two ends and predicate: the
     * same claim has the same id in every load and export (Neo4j's :Claim id, the RDF ng:Claim IRI).
     */
    public String id() {
        return id(subjectId, predicate, objectId);
    }

    /** The id of the claim with these ends (in claim order: sorted for a symmetric predicate) and predicate. */
    public static String id(String subjectId, Predicate predicate, String objectId) {
        try {
            String key = subjectId + "|" + predicate.name() + "|" + objectId;
            byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "claim/" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** The articles with a statement supporting the claim, in sort order. */
    public List<String> supporting() {
        return articles(Stance.SUPPORTS);
    }

    /** The articles with a statement denying the claim, in sort order. */
    public List<String> denying() {
        return articles(Stance.DENIES);
    }

    /** The articles that only entertain the claim as a possibility somewhere, in sort order. */
    public List<String> hypothetical() {
        return articles(Stance.HYPOTHETICAL);
    }

    /** Everyone a supporting or denying statement is attributed to, named or not, in order of first report. */
    public List<Speaker> speakers() {
        return speakers(null);
    }

    /** The speakers of one side. */
    public List<Speaker> speakers(Stance side) {
        Set<Speaker> out = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s.speaker() != null && s.stance() != Stance.HYPOTHETICAL && (side == null || s.stance() == side)) {
                out.add(s.speaker());
            }
        }
        return List.copyOf(out);
    }

    /** True when the entity id is one end of the claim. */
    public boolean involves(String entityId) {
        return subjectId.equals(entityId) || objectId.equals(entityId);
    }

    private List<String> articles(Stance side) {
        return statements.stream().filter(s -> s.stance() == side).map(Statement::article).distinct().sorted().toList();
    }
}
