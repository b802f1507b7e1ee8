package io.newsgraph.cli;

import io.newsgraph.RequiresShared;
import io.newsgraph.SharedData;
import io.newsgraph.extract.relation.RelationModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `train` on a small slice of CoNLL04, twice: the same bytes, a model that reads back with its version and data. */
class TrainCommandIT {
    @Test
    @RequiresShared({"data/conll04/conll04_train.json", "data/conll04/conll04_dev.json"})
    void trainingTwiceOnTheSameDataWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Path data = SharedData.folder().resolve("data");
        Path first = dir.resolve("first.tsv.gz");
        Path second = dir.resolve("second.tsv.gz");

        CliRun a = CliRun.of("train", "--data", data.toString(), "--limit", "60", "--threads", "2", "-o", first.toString());
        CliRun b = CliRun.of("train", "--data", data.toString(), "--limit", "60", "--threads", "1", "-o", second.toString());

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(a.out()).contains("Tune scores, rules and classifier:").containsPattern("micro\\s+\\d+");
        try (InputStream in = Files.newInputStream(first)) {
            RelationModel m = RelationModel.read(in, first.toString());
            assertThat(m.version()).matches("relations-[0-9a-f]{12}");
            assertThat(m.trainedOn()).contains("conll04_train.json sha256:65c52d5b6134 (60 documents)")
                    .contains("conll04_dev.json sha256:3965a5110a79 (60 documents)");
        }
    }
}
