package io.newsgraph.extract;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import io.newsgraph.pipeline.ExtractionPipeline;
import io.newsgraph.TestGraphs;
import io.newsgraph.model.Article;
import io.newsgraph.model.Graph;
import io.newsgraph.model.jsonl.JsonLinesWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction on the five shared seed articles, scored by shared/eval/score.py against the gold
 * file: the quality targets of issue 4. Also checks that the output does not depend on the
 * number of worker threads and that no seed text was copied into the project. Needs the shared
 * data folder (seeds, gold file, scorer, copy check) and python3.
 */
@RequiresShared({"seeds", "gold/seed-facts.json", "eval/score.py", "tools/seed-copy-check.py"})
class ExtractionSeedsIT {
    private static final Pattern SUMMARY = Pattern.compile("summary (.*)");

    @Test
    void seedsMeetTheQualityTargetsDeterministically() throws Exception {
        Path shared = SharedData.folder();
        List<Article> articles = SeedArticles.load();

        Graph oneThread = ExtractionPipeline.create(1).extract(articles);
        Path out = TestGraphs.buildDir().resolve("seeds-extract.jsonl");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            JsonLinesWriter.write(oneThread, w);
        }
        Map<String, Double> score = score(shared, out);
        assertThat(score.get("recall")).as("recall %s", score).isGreaterThanOrEqualTo(0.85);
        assertThat(score.get("core")).as("core %s", score).isGreaterThanOrEqualTo(0.95);
        assertThat(score.get("pair_precision")).as("pair precision %s", score).isGreaterThanOrEqualTo(0.95);
        assertThat(score.get("traps")).as("traps %s", score).isZero();
        assertThat(score.get("junk")).as("junk %s", score).isZero();
        assertThat(score.get("split")).as("split %s", score).isZero();

        assertThat(oneThread.facts()).allSatisfy(f -> {
            assertThat(f.confidence()).isBetween(0.0, 1.0);
            Article a = articles.stream().filter(x -> x.id().equals(f.primary().article())).findFirst().orElseThrow();
            assertThat(a.text().substring(f.primary().start(), f.primary().end())).isEqualTo(f.primary().text());
        });
        assertThat(oneThread.facts()).filteredOn(f -> f.event() != null).allSatisfy(f ->
                assertThat(oneThread.events()).anyMatch(e -> e.id().equals(f.event())));
        assertThat(oneThread.facts()).filteredOn(f -> !f.isClaim()).isNotEmpty();

        // The same seeds on two or more worker threads, as the golden and claims ITs read them.
        assertThat(jsonl(SeedArticles.graph())).isEqualTo(jsonl(oneThread));

        Process copy = new ProcessBuilder("python3", shared.resolve("tools/seed-copy-check.py").toString(),
                TestGraphs.repoRoot().toString(), shared.resolve("seeds").toString()).redirectErrorStream(true).start();
        String copyReport = new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(copy.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(copy.exitValue()).as(copyReport).isZero();
    }

    private static String jsonl(Graph g) {
        StringWriter w = new StringWriter();
        JsonLinesWriter.write(g, w);
        return w.toString();
    }

    private static Map<String, Double> score(Path shared, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(),
                "--gold", shared.resolve("gold/seed-facts.json").toString(), "--pred", out.toString(), "--show")
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println(report);
        Matcher m = SUMMARY.matcher(report);
        assertThat(m.find()).as(report).isTrue();
        Map<String, Double> values = new HashMap<>();
        for (String kv : m.group(1).trim().split("\\s+")) {
            String[] parts = kv.split("=");
            values.put(parts[0], Double.parseDouble(parts[1]));
        }
        return values;
    }
}
