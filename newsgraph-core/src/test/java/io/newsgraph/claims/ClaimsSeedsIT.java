package io.newsgraph.claims;

import io.newsgraph.RequiresShared;
import io.newsgraph.extract.SeedArticles;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Modality;
import io.newsgraph.model.Polarity;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed story as a claim: Musk and Putin in contact, reported by all five seed articles,
 * answered by the Kremlin's spokesman. Reads the shared seed articles (never copied here).
 */
@RequiresShared("seeds")
class ClaimsSeedsIT {
    private static final String MUSK = "person/elon-musk";
    private static final String PUTIN = "person/vladimir-putin";

    @Test
    void theMuskPutinContactClaimIsDisputedByTheKremlinSpokesman() {
        Graph g = SeedArticles.graph();
        long t0 = System.nanoTime();
        List<Claim> claims = Claims.of(g);
        System.out.printf("ClaimsSeedsIT: %d claims from %d facts in %.1f ms%n", claims.size(), g.facts().size(),
                (System.nanoTime() - t0) / 1e6);
        Claim contact = claims.stream().filter(c -> c.predicate() == Predicate.COMMUNICATED_WITH && c.involves(MUSK) && c.involves(PUTIN))
                .findFirst().orElseThrow();

        assertThat(contact.status()).as(contact.toString()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(contact.supporting()).hasSizeGreaterThanOrEqualTo(4);
        String peskov = g.entities().stream().filter(e -> e.name().endsWith("Peskov")).findFirst().orElseThrow().id();
        assertThat(contact.speakers(Stance.DENIES)).extracting(Speaker::entityId).contains(peskov);
        assertThat(g.facts()).anySatisfy(f -> {
            // Peskov is the Kremlin's spokesman in the graph itself.
            assertThat(f.subjectId()).isEqualTo(peskov);
            assertThat(f.predicate()).isIn(Predicate.WORKS_FOR, Predicate.MEMBER_OF);
            assertThat(f.objectId()).isEqualTo("organization/kremlin");
        });
        assertThat(contact.speakers()).extracting(Speaker::entityId).contains("organization/wall-street-journal");

        // No hypothetical or negated statement is counted as support.
        Set<String> notClaims = g.facts().stream().filter(f -> f.polarity() == Polarity.NEGATIVE || f.modality() == Modality.HYPOTHETICAL)
                .map(Fact::id).collect(Collectors.toSet());
        assertThat(contact.statements()).filteredOn(s -> notClaims.contains(s.factId())).isNotEmpty()
                .allMatch(s -> s.stance() != Stance.SUPPORTS);
    }
}
