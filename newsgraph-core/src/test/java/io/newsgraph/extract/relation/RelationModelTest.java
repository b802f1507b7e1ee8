package io.newsgraph.extract.relation;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Predicate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RelationModelTest {
    private static RelationModel tiny() {
        Dataset<String, String> data = new Dataset<>();
        for (int i = 0; i < 5; i++) {
            data.add(List.of("pw=assassinate", "types=PERSON>PERSON"), "KILLED");
            data.add(List.of("pw=chairman", "types=PERSON>ORGANIZATION"), "LEADS");
            data.add(List.of("pw=visit", "types=PERSON>LOCATION"), RelationModel.NONE);
        }
        LinearClassifierFactory<String, String> f = new LinearClassifierFactory<>();
        f.setVerbose(false);
        LinearClassifier<String, String> c = f.trainClassifier(data);
        return new RelationModel(c, 0.5, 1.2, -0.3, "relations-000000000000", "fit tiny; tune tiny");
    }

    private static byte[] bytes(RelationModel m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void writesAndReadsBackTheSameDecisionsVersionAndData() throws Exception {
        RelationModel m = tiny();
        RelationModel back = RelationModel.read(new ByteArrayInputStream(bytes(m)), "tiny");

        assertThat(back.version()).isEqualTo("relations-000000000000");
        assertThat(back.trainedOn()).isEqualTo("fit tiny; tune tiny");
        assertThat(back.threshold()).isEqualTo(0.5);
        List<String> killing = List.of("pw=assassinate", "types=PERSON>PERSON", "unseen=feature");
        assertThat(back.decide(killing)).map(RelationModel.Decision::predicate).contains(Predicate.KILLED);
        assertThat(back.decide(killing).orElseThrow().probability())
                .isCloseTo(m.decide(killing).orElseThrow().probability(), within(1e-3));
        assertThat(back.decide(List.of("pw=visit", "types=PERSON>LOCATION"))).isEmpty();
        assertThat(bytes(back)).isEqualTo(bytes(m));
    }

    @Test
    void argumentTypesLimitThePredicatesTheModelMayGive() {
        RelationModel m = tiny().withThreshold(0);
        List<String> killing = List.of("pw=assassinate", "types=PERSON>PERSON");

        assertThat(m.decide(killing, EntityType.PERSON, EntityType.PERSON)).map(RelationModel.Decision::predicate)
                .contains(Predicate.KILLED);
        assertThat(m.decide(killing, EntityType.LOCATION, EntityType.PERSON)).as("a place kills no one").isEmpty();
        assertThat(m.decide(killing, EntityType.PERSON, EntityType.ORGANIZATION)).map(RelationModel.Decision::predicate)
                .contains(Predicate.LEADS);
    }

    @Test
    void calibrationIsMonotoneAndTheThresholdAppliesToIt() {
        RelationModel m = tiny();
        assertThat(m.calibrated(0.9)).isGreaterThan(m.calibrated(0.6)).isGreaterThan(m.calibrated(0.2));
        assertThat(m.withThreshold(0.999).decide(List.of("pw=chairman", "types=PERSON>ORGANIZATION"))).isEmpty();
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithItsName() {
        byte[] junk = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> RelationModel.read(new ByteArrayInputStream(junk), "junk.gz"))
                .hasMessageContaining("junk.gz");
    }
}
