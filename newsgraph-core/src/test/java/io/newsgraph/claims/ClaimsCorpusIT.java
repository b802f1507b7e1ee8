package io.newsgraph.claims;

import io.newsgraph.TestGraphs;
import io.newsgraph.ingest.Ingest;
import io.newsgraph.ingest.IngestResult;
import io.newsgraph.model.Graph;
import io.newsgraph.model.Predicate;
import io.newsgraph.pipeline.ExtractionPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction and claims on the invented multi-outlet corpus of src/test/resources/claims: a
 * newspaper's scoop, a wire story printed by two papers and rewritten by a radio, a denial by a
 * named spokesman, a report retracted by its paper, an anonymous-source report, a lawyer's denial,
 * a hypothetical and reports on different dates. Every expected claim of expected-status.tsv must
 * be found with its status.
 */
class ClaimsCorpusIT {
    private static final Path CORPUS = TestGraphs.repoRoot().resolve("newsgraph-core/src/test/resources/claims");

    private record Expected(String subjectId, Predicate predicate, String objectId, ClaimStatus status) {
    }

    private static Graph graph;
    private static List<Claim> claims;

    @BeforeAll
    static void extract() {
        IngestResult read = new Ingest().read(List.of(CORPUS.resolve("articles").toString()), InputStream.nullInputStream());
        assertThat(read.errors()).isEmpty();
        graph = ExtractionPipeline.create(Runtime.getRuntime().availableProcessors()).extract(read.articles());
        long t0 = System.nanoTime();
        claims = Claims.of(graph);
        System.out.printf("ClaimsCorpusIT: %d claims from %d facts in %.1f ms%n", claims.size(), graph.facts().size(),
                (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void everyExpectedClaimIsFoundWithItsStatus() throws IOException {
        List<Expected> expected = expected();
        int found = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Expected e : expected) {
            Optional<Claim> c = find(e.subjectId(), e.predicate(), e.objectId());
            if (c.isPresent()) {
                found++;
                if (c.get().status() == e.status()) {
                    right++;
                } else {
                    wrong.add(e + " came out " + c.get().status());
                }
            } else {
                wrong.add(e + " not found");
            }
        }
        System.out.printf("ClaimsCorpusIT: %d of %d expected claims found, status right on %d of %d found%n",
                found, expected.size(), right, found);
        assertThat(wrong).as("claims %s", claims).isEmpty();
    }

    @Test
    void syndicatedCopiesAndTheirRewriteCountAsOneOutlet() {
        Claim met = find("person/ilse-varga", Predicate.MET_WITH, "person/pavel-oskarsson").orElseThrow();
        assertThat(met.supporting()).contains("ledger-dinner", "wire-courier", "wire-baytimes", "radio-rewrite");
        assertThat(met.outlets()).isEqualTo(2);
        assertThat(met.denying()).containsExactly("daily-denial");
        assertThat(met.speakers(Stance.DENIES)).extracting(Speaker::entityId).containsExactly("person/tomas-reyes");
        assertThat(met.firstReported()).isEqualTo("2025-03-02");
        assertThat(met.lastReported()).isEqualTo("2025-03-05");
    }

    @Test
    void unnamedSourcesAreKeptAsUnnamedSpeakers() {
        Claim calls = find("person/pavel-oskarsson", Predicate.COMMUNICATED_WITH, "person/ruth-brannigan").orElseThrow();
        assertThat(calls.speakers()).extracting(Speaker::name).contains("officials");
        assertThat(calls.speakers()).allMatch(s -> !s.named());
    }

    @Test
    void theStatusAsItStoodBeforeTheDenial() {
        Claim before = Claims.of(graph, new ReportWindow(null, "2025-03-04")).stream()
                .filter(c -> c.predicate() == Predicate.MET_WITH && c.involves("person/ilse-varga")).findFirst().orElseThrow();
        assertThat(before.status()).isEqualTo(ClaimStatus.CORROBORATED);
    }

    private static Optional<Claim> find(String a, Predicate p, String b) {
        return claims.stream().filter(c -> c.predicate() == p
                && (c.subjectId().equals(a) && c.objectId().equals(b) || p.symmetric() && c.subjectId().equals(b) && c.objectId().equals(a)))
                .findFirst();
    }

    private static List<Expected> expected() throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected-status.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            out.add(new Expected(c[0], Predicate.parse(c[1]), c[2], ClaimStatus.parse(c[3])));
        }
        return out;
    }
}
