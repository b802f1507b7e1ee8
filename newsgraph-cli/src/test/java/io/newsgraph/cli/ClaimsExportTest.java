package io.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.claims.ClaimStatus;
import io.newsgraph.model.Predicate;
import io.newsgraph.sink.rdf.IriMinter;
import io.newsgraph.sink.rdf.NgVocab;
import io.newsgraph.sink.rdf.RdfValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * newsgraph export writes the claims that newsgraph claims prints: on the extraction output of the
 * invented claims corpus (src/test/resources/claims/corpus-graph.jsonl), every claim of
 * {@code claims --format jsonl} is an ng:Claim of {@code export --from FILE.jsonl} with the same
 * status, outlet counts, articles, speakers and report dates. No CoreNLP ({@link ClaimsExportIT}
 * does the same from the articles).
 */
class ClaimsExportTest {
    static final String GRAPH = "newsgraph-core/src/test/resources/claims/corpus-graph.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IriMinter IRIS = IriMinter.defaults();

    @TempDir
    Path dir;

    /** Each claim of the jsonl, keyed by its ends and predicate, as one comparable line. */
    static Map<String, String> fromJsonLines(String jsonl) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode c = MAPPER.readTree(line);
            out.put(c.get("subjectId").asText() + " " + c.get("predicate").asText() + " " + c.get("objectId").asText(),
                    describe(c.get("status").asText(), c.get("outlets").asInt(), c.get("denyingOutlets").asInt(),
                            texts(c.get("supporting")), texts(c.get("denying")), texts(c.get("speakers")),
                            c.get("firstReported").isNull() ? null : c.get("firstReported").asText(),
                            c.get("lastReported").isNull() ? null : c.get("lastReported").asText()));
        }
        return out;
    }

    /** Each ng:Claim of the default graph, described like {@link #fromJsonLines}. */
    static Map<String, String> fromRdf(DatasetGraph dsg) {
        Map<String, String> out = new TreeMap<>();
        var g = dsg.getDefaultGraph();
        for (Node claim : g.find(null, NgVocab.TYPE, NgVocab.CLAIM).mapWith(Triple::getSubject).toList()) {
            String key = IRIS.pathOf(one(g, claim, NgVocab.SUBJECT).getURI()) + " " + predicate(one(g, claim, NgVocab.PREDICATE))
                    + " " + IRIS.pathOf(one(g, claim, NgVocab.OBJECT).getURI());
            Node first = optional(g, claim, NgVocab.FIRST_REPORTED);
            Node last = optional(g, claim, NgVocab.LAST_REPORTED);
            out.put(key, describe(status(one(g, claim, NgVocab.CLAIM_STATUS)),
                    ((Number) one(g, claim, NgVocab.OUTLETS).getLiteralValue()).intValue(),
                    ((Number) one(g, claim, NgVocab.DENYING_OUTLETS).getLiteralValue()).intValue(),
                    articles(g, claim, NgVocab.SUPPORTING_ARTICLE), articles(g, claim, NgVocab.DENYING_ARTICLE),
                    g.find(claim, NgVocab.SPEAKER, null).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList(),
                    first == null ? null : first.getLiteralLexicalForm(), last == null ? null : last.getLiteralLexicalForm()));
        }
        return out;
    }

    private static String describe(String status, int outlets, int denyingOutlets, List<String> supporting,
                                   List<String> denying, List<String> speakers, String first, String last) {
        return status + " outlets=" + outlets + "/" + denyingOutlets + " for=" + sorted(supporting) + " against="
                + sorted(denying) + " speakers=" + sorted(speakers) + " reported=" + first + ".." + last;
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> articles(org.apache.jena.graph.Graph g, Node claim, Node p) {
        return g.find(claim, p, null).mapWith(t -> IriMinter.decode(t.getObject().getURI().substring(IRIS.article("").length()))).toList();
    }

    private static String predicate(Node n) {
        for (Predicate p : Predicate.values()) {
            if (NgVocab.property(p).equals(n)) {
                return p.name();
            }
        }
        throw new AssertionError("not a core predicate: " + n);
    }

    private static String status(Node n) {
        for (ClaimStatus c : ClaimStatus.values()) {
            if (NgVocab.status(c).equals(n)) {
                return c.json();
            }
        }
        throw new AssertionError("not a claim status: " + n);
    }

    private static Node one(org.apache.jena.graph.Graph g, Node s, Node p) {
        List<Node> all = g.find(s, p, null).mapWith(Triple::getObject).toList();
        assertThat(all).as("%s %s", s, p).hasSize(1);
        return all.get(0);
    }

    private static Node optional(org.apache.jena.graph.Graph g, Node s, Node p) {
        List<Node> all = g.find(s, p, null).mapWith(Triple::getObject).toList();
        assertThat(all).as("%s %s", s, p).hasSizeLessThanOrEqualTo(1);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The claims of {@code claims --format jsonl FILE.jsonl}, described for comparison. */
    static Map<String, String> claimsCommand(String jsonl) throws Exception {
        CliRun claims = CliRun.of("claims", "--format", "jsonl", jsonl);
        assertThat(claims.exitCode()).as(claims.err()).isZero();
        return fromJsonLines(claims.out());
    }

    /** Checks that an RDF file conforms to the shapes and holds exactly the expected claims. */
    static void rdfFileHolds(Path file, Map<String, String> expected) {
        DatasetGraph dsg = RdfValidator.read(file, file.toString().endsWith(".trig") ? Lang.TRIG : Lang.TURTLE);
        assertThat(RdfValidator.standard().validate(dsg).violations()).isEmpty();
        assertThat(fromRdf(dsg)).as(file.toString()).isEqualTo(expected);
    }

    @Test
    void theExportFromJsonLinesCarriesTheClaimsOfTheClaimsCommand() throws Exception {
        Map<String, String> expected = claimsCommand(GRAPH);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(7);
        assertThat(expected.get("person/ilse-varga MET_WITH person/pavel-oskarsson")).startsWith("disputed outlets=2/1");
        for (String name : List.of("claims.ttl", "claims.trig")) {
            Path file = dir.resolve(name);
            CliRun export = CliRun.of("export", "--from", GRAPH, "-o", file.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains(", " + expected.size() + " claims (");
            rdfFileHolds(file, expected);
        }
    }

    @Test
    void noClaimsLeavesThemOut() {
        Path file = dir.resolve("plain.ttl");
        CliRun export = CliRun.of("export", "--from", GRAPH, "--no-claims", "-o", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains(", 0 claims (");
        assertThat(RdfValidator.read(file, Lang.TURTLE).getDefaultGraph().find(null, NgVocab.TYPE, NgVocab.CLAIM).hasNext()).isFalse();
    }
}
