package io.newsgraph.cli.bench;

import io.newsgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 'bench scale --factors 1,2 --no-warmup' in-process on two short articles written for this test
 * (without the warm-up, which costs one more Neo4j start): it finishes,
 * doubles articles and evidence but not entities or facts, and prints its figure lines in the agreed
 * form with sane values. Not a speed check.
 */
class BenchScaleCommandIT {
    private static final Pattern FIGURE = Pattern.compile(
            "bench (scale-[a-z0-9-]+) (\\d+(?:\\.\\d+)?) (s|cpu-s|MB) ratio=(\\d+\\.\\d\\d) baseline=(\\S+)");

    @Test
    void measuresEveryStageAtEachFactor(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("ferry.txt"), """
                Ferry operator signs deal with Lakeport

                Marta Kovalenko, the chief executive of Bluewater Ferries, met Lakeport mayor Tomas Reyes on Tuesday.
                Bluewater Ferries signed a contract with the city of Lakeport to run two new routes.
                """);
        Files.writeString(tmp.resolve("museum.txt"), """
                Museum director resigns

                Ines Albright, director of the Harwick Museum, resigned on Friday.
                The museum board praised Albright for ten years of work.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "scale", "--factors", "1,2", "--no-warmup", tmp.toString());
        String text = out.toString();
        assertThat(code).as(text + err).isZero();

        List<String> lines = text.lines().filter(l -> l.startsWith("bench scale-")).toList();
        assertThat(lines).as(text).allMatch(l -> FIGURE.matcher(l).matches());
        Map<String, Matcher> figures = lines.stream().map(FIGURE::matcher).peek(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> m));
        List<String> expected = new java.util.ArrayList<>(List.of("scale-model-load", "scale-peak-heap-1x", "scale-peak-heap-2x"));
        for (String stage : List.of("extract", "load", "rdf", "map")) {
            for (String k : List.of("1x", "2x")) {
                expected.add("scale-" + stage + "-" + k);
                expected.add("scale-" + stage + "-" + k + "-cpu");
            }
        }
        assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String stage : List.of("extract", "load", "rdf", "map")) {
            Matcher one = figures.get("scale-" + stage + "-1x");
            Matcher two = figures.get("scale-" + stage + "-2x");
            // RDF and map of two short articles can take under a millisecond.
            assertThat(Double.parseDouble(one.group(2))).as(stage).isGreaterThanOrEqualTo(stage.equals("extract") || stage.equals("load") ? 0.001 : 0);
            assertThat(one.group(4)).isIn("1.00", "0.00");
            assertThat(two.group(5)).isEqualTo("linear-from-1x");
            // Twice the corpus in between no time and ten times the time per article: anything else is a bug.
            assertThat(Double.parseDouble(two.group(4))).as(stage).isBetween(0.0, 10.0);
        }
        Matcher heap1 = figures.get("scale-peak-heap-1x");
        assertThat(Long.parseLong(heap1.group(2))).isBetween(100L, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(heap1.group(5)).isEqualTo("1x");
        assertThat(Double.parseDouble(figures.get("scale-peak-heap-2x").group(4))).isBetween(0.5, 3.0);

        // The copies repeat the text: articles and evidence double, entities and facts do not.
        Matcher one = size(text, 1);
        Matcher two = size(text, 2);
        assertThat(Integer.parseInt(one.group(1))).isEqualTo(2);
        assertThat(Integer.parseInt(two.group(1))).isEqualTo(4);
        assertThat(two.group(2)).isEqualTo(one.group(2));
        assertThat(two.group(3)).isEqualTo(one.group(3));
        assertThat(Integer.parseInt(one.group(3))).as(text).isPositive();
        assertThat(Integer.parseInt(two.group(4))).isEqualTo(2 * Integer.parseInt(one.group(4)));
    }

    private static Matcher size(String text, int factor) {
        Matcher m = Pattern.compile("(?m)^" + factor + "x: (\\d+) articles, (\\d+) entities, (\\d+) facts, (\\d+) evidence").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m;
    }
}
