package io.newsgraph.cli;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `evaluate` on the whole CoNLL04 dev split (231 sentences; about 50 s each on two cores once the
 * models are loaded), as extraction runs by default and with the classifier at its F1 threshold: fails when micro F1 drops more
 * than 0.03 below the figures measured (docs/evaluate.md), or the entity F1 of the default chain does.
 */
class EvaluateConll04IT {
    /** The default chain: the rules and the classifier at its precise threshold. */
    static final double DEFAULT_F1 = 0.482;
    /** The classifier at the threshold tuned for F1. */
    static final double WITH_MODEL_F1 = 0.609;
    /** Entity F1 of people, organisations and places, boundaries strict, in the default chain. */
    static final double ENTITY_F1 = 0.850;
    private static final Pattern ENTITIES = Pattern.compile("\\nall\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)");
    private static final Pattern MICRO = Pattern.compile("micro\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)");

    @Test
    @RequiresShared("data/conll04/conll04_dev.json")
    void conll04DevF1StaysWithinThreePointsOfTheMeasuredFigures() {
        Path dev = SharedData.folder().resolve("data/conll04/conll04_dev.json");

        CliRun byDefault = CliRun.of("evaluate", dev.toString(), "--threads", "2");
        assertMicroF1(byDefault, DEFAULT_F1);
        Matcher e = ENTITIES.matcher(byDefault.out());
        assertThat(e.find()).as(byDefault.out()).isTrue();
        assertThat(Integer.parseInt(e.group(1))).as("gold entities").isEqualTo(775);
        assertThat(Double.parseDouble(e.group(6))).as(byDefault.out()).isGreaterThanOrEqualTo(ENTITY_F1 - 0.03);
        assertMicroF1(CliRun.of("evaluate", dev.toString(), "--threads", "2", "--with-model"), WITH_MODEL_F1);
    }

    private static void assertMicroF1(CliRun run, double measured) {
        System.out.print(run.out());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = MICRO.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("gold relations").isEqualTo(343);
        assertThat(Double.parseDouble(m.group(6))).as(run.out()).isGreaterThanOrEqualTo(measured - 0.03);
        assertThat(run.out()).contains("WORKS_FOR", "LIVES_IN", "LOCATED_IN", "KILLED");
    }
}
