package io.newsgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsgraph.extract.SeedArticles;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction output, byte for byte, against a recorded digest: on the bundled examples and on the
 * shared seed articles. Restructuring the code must not change what it extracts; work that is
 * meant to change the output (better rules, new extractors) re-records the digests after its
 * output was reviewed:
 *
 * <pre>mvn -B verify -pl newsgraph-core -Dit.test=ExtractionGoldenIT -Dnewsgraph.golden.record=true</pre>
 *
 * <p>That rewrites {@value #DIGESTS} in the source tree; commit it with the change that
 * explains it. The article {@code path} field is left out of the digest: it records where the
 * input was read from, which depends on the working folder, not on extraction. On a mismatch
 * the output compared is left in {@code target/golden/} for a diff against a run of the commit
 * before.
 */
class ExtractionGoldenIT {
    static final String DIGESTS = "newsgraph-core/src/test/resources/golden/extraction.sha256";
    static final String RECORD_PROPERTY = "newsgraph.golden.record";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void examplesExtractAsRecorded() throws IOException {
        check("examples", ExampleGraph.graph());
    }

    @Test
    void seedsExtractAsRecorded() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SeedArticles.seedDir()), "shared seeds not present");
        check("seeds", SeedArticles.graph());
    }

    private static void check(String name, Graph graph) throws IOException {
        String normalised = withoutPaths(graph);
        String digest = sha256(normalised);
        Path digests = TestGraphs.repoRoot().resolve(DIGESTS);
        Properties recorded = load(digests);
        if (Boolean.getBoolean(RECORD_PROPERTY)) {
            recorded.setProperty(name, digest);
            store(recorded, digests);
            System.out.printf("ExtractionGoldenIT: recorded %s = %s in %s%n", name, digest, digests);
            return;
        }
        Path actual = TestGraphs.buildDir().resolve("golden/" + name + ".jsonl");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, normalised, StandardCharsets.UTF_8);
        assertThat(digest)
                .as("SHA-256 of the %s extraction (path fields left out; output in %s). If the change is meant, "
                        + "re-record with -D%s=true", name, actual, RECORD_PROPERTY)
                .isEqualTo(recorded.getProperty(name));
    }

    /** The JSON Lines of a graph as 'newsgraph extract' writes them, each record without its "path". */
    static String withoutPaths(Graph graph) throws IOException {
        StringWriter w = new StringWriter();
        JsonLinesWriter.write(graph, w);
        StringBuilder out = new StringBuilder();
        for (String line : w.toString().split("\n")) {
            ObjectNode record = (ObjectNode) JSON.readTree(line);
            record.remove("path");
            out.append(JSON.writeValueAsString(record)).append('\n');
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Sorted and without the date line Properties.store adds, so a re-record changes only the digests that changed. */
    private static void store(Properties p, Path file) throws IOException {
        StringBuilder text = new StringBuilder("# SHA-256 of the extraction output without path fields; see ExtractionGoldenIT\n");
        new java.util.TreeSet<>(p.stringPropertyNames()).forEach(k -> text.append(k).append('=').append(p.getProperty(k)).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
